package org.clinigrade.cxr;

import java.util.Arrays;
import java.util.Optional;

/**
 * CXReasonBench's 12 diagnostic tasks, as its evaluation code groups them: perception or measurement
 * ({@code metric.py}'s {@code df_measure_type}; the measurement tasks are also those whose final answer reports a
 * value, {@code utils.dx_task_measurement}), and whether Path 1 has the refined-criterion stage (a {@code stage1.5}
 * folder in the benchmark's QA data).
 */
public enum StageTask {
    INCLUSION(false, false),
    INSPIRATION(false, true),
    ROTATION(true, false),
    PROJECTION(true, true),
    CARDIOMEGALY(true, false),
    MEDIASTINAL_WIDENING(true, true),
    CARINA_ANGLE(true, false),
    TRACHEA_DEVIATION(false, false),
    AORTIC_KNOB_ENLARGEMENT(true, true),
    ASCENDING_AORTA_ENLARGEMENT(false, true),
    DESCENDING_AORTA_ENLARGEMENT(true, true),
    DESCENDING_AORTA_TORTUOUS(true, true);

    /** the two groups metric.py averages over */
    public enum Group {
        PERCEPTION, MEASUREMENT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final boolean measurement;
    private final boolean refinedCriterion;

    StageTask(boolean measurement, boolean refinedCriterion) {
        this.measurement = measurement;
        this.refinedCriterion = refinedCriterion;
    }

    /** the benchmark's name: its QA folder and its output folder */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Group group() {
        return measurement ? Group.MEASUREMENT : Group.PERCEPTION;
    }

    /** the final answer reports a value, checked against the measurement stage's range */
    public boolean measured() {
        return measurement;
    }

    /** Path 1 asks whether the model can apply a refined criterion between criterion and body part */
    public boolean refinedCriterion() {
        return refinedCriterion;
    }

    public static Optional<StageTask> byId(String id) {
        return Arrays.stream(values()).filter(task -> task.id().equals(id)).findFirst();
    }

    /** the tasks' names, for messages */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(StageTask::id).toList());
    }
}
