package org.clinigrade.cxr;

import java.util.List;
import java.util.Optional;
import org.clinigrade.engine.Step;

/**
 * An index computed from one CheXStruct row, with every step that produced it.
 *
 * @param value    the rounded index (the index as given, for one compared unrounded), or null for a task without one
 * @param label    CheXStruct's label: 1 the finding is present (inclusion: the entire thorax is included), 0 not,
 *                 null when the case is excluded
 * @param decision the answer to the definition's question, "yes" (label 1) or "no"; null when excluded
 * @param accepted the answers the benchmark accepts: the decision alone, or both inside the band; none when excluded
 * @param reason   why: the threshold crossed or not, or what excludes the case
 */
public record IndexResult(String task, Double value, String unit, Integer label, String decision, List<String> accepted,
                          boolean excluded, String reason, List<Step> steps, List<String> warnings) {

    /** the value of the step the rule {@code rule} recorded, if it did */
    public Optional<Double> stepValue(String rule) {
        return stepValue(steps, rule);
    }

    static Optional<Double> stepValue(List<Step> steps, String rule) {
        return steps.stream().filter(step -> step.name().equals(rule) && step.value() != null)
                .map(Step::value).reduce((first, second) -> second);
    }
}
