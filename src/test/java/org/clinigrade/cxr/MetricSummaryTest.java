package org.clinigrade.cxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * testcases/cxr/scores-worked.jsonl, worked by hand (its README has the working): counts exact, rates to 1e-12,
 * printed values to two decimals as metric.py rounds them.
 */
class MetricSummaryTest {

    private static JsonNode summary;

    @BeforeAll
    static void read() {
        summary = StageScoresFile.read(Path.of("testcases/cxr/scores-worked.jsonl")).toJson();
    }

    private static void assertPrinted(JsonNode scope, Double... values) {
        Metric[] metrics = Metric.values();
        for (int i = 0; i < metrics.length; i++) {
            JsonNode value = scope.get(metrics[i].id());
            if (values[i] == null) {
                assertTrue(value.isNull(), metrics[i].id() + " is N/A, got " + value);
            } else {
                assertEquals(values[i], value.doubleValue(), 0, metrics[i].id());
            }
        }
    }

    private static void assertCounts(JsonNode scope, String counts) {
        assertEquals(counts, scope.get("counts").toString());
    }

    @Test
    void a_measurement_task_without_refined_criterion() {
        JsonNode task = summary.get("tasks").get("cardiomegaly");
        assertCounts(task, "{\"cases\":10,\"idk_init\":2,\"pass_init\":8,\"k_crit\":6,\"k_body\":5,\"k_meas\":4,"
                + "\"k_fin\":3,\"k_init_at_final\":2,\"k_in_range\":3,\"k_fin_in_range\":2,\"answered\":8}");
        JsonNode rates = task.get("rates");
        assertEquals(6 / 8.0, rates.get("criteria").doubleValue(), 1e-12);
        assertEquals(5 / 6.0, rates.get("bodypart").doubleValue(), 1e-12);
        assertEquals(3 / 8.0, rates.get("completion").doubleValue(), 1e-12);
        assertEquals(2 / 8.0, rates.get("completion_refined").doubleValue(), 1e-12);
        assertEquals(18 / 8.0, rates.get("depth").doubleValue(), 1e-12);
        assertEquals(16 / 8.0, rates.get("depth_refined").doubleValue(), 1e-12);
        assertEquals(3 / 4.0, rates.get("value_in_range").doubleValue(), 1e-12);
        assertEquals(2 / 4.0, rates.get("init_final_agreement").doubleValue(), 1e-12);
        // Completion W(3, 8) = 29.97; refined 29.973… × 3/4 = 22.48; Consistency W(3, 4); Alignment W(2, 4) = 32.5,
        // refined 32.50… × 3/4 = 24.38
        assertPrinted(task, 29.97, 22.48, 2.25, 2.0, 42.24, 32.5, 24.38);
    }

    @Test
    void a_perception_task_has_no_consistency_and_its_refined_values_are_its_plain_ones() {
        JsonNode task = summary.get("tasks").get("inclusion");
        assertCounts(task, "{\"cases\":4,\"idk_init\":1,\"pass_init\":3,\"k_crit\":2,\"k_body\":2,\"k_meas\":2,"
                + "\"k_fin\":1,\"k_init_at_final\":1,\"answered\":3}");
        assertEquals(7 / 3.0, task.get("rates").get("depth").doubleValue(), 1e-12);
        assertPrinted(task, 27.09, 27.09, 2.33, 2.33, null, 29.73, 29.73);
    }

    @Test
    void a_declined_refined_criterion_leaves_the_denominator_like_an_init_idk() {
        JsonNode task = summary.get("tasks").get("projection");
        // pass_custom = 4 criteria passed - 1 declined = 3; answered = 3 + (5 - 4) = 4
        assertCounts(task, "{\"cases\":5,\"idk_init\":0,\"pass_init\":5,\"k_crit\":4,\"idk_custom\":1,"
                + "\"pass_custom\":3,\"k_body\":2,\"k_meas\":2,\"k_fin\":2,\"k_init_at_final\":2,\"k_in_range\":1,"
                + "\"k_fin_in_range\":1,\"answered\":4}");
        assertEquals(2 / 3.0, task.get("rates").get("bodypart").doubleValue(), 1e-12);
        // Depth (4 + 4 + 1 + 0) / 4; refined (4 + 2 + 1 + 0) / 4
        assertPrinted(task, 32.5, 16.25, 2.25, 1.75, 29.73, 45.05, 22.52);
    }

    @Test
    void a_depth_of_two_and_an_eighth_prints_half_to_even() {
        JsonNode task = summary.get("tasks").get("carina_angle");
        assertEquals(17 / 8.0, task.get("rates").get("depth").doubleValue(), 0);
        assertPrinted(task, 24.51, 16.34, 2.12, 2.0, 36.37, 36.37, 24.24);
    }

    @Test
    void a_task_all_i_dont_know_is_left_out_of_the_averages_without_failing() {
        JsonNode task = summary.get("tasks").get("trachea_deviation");
        assertPrinted(task, null, null, null, null, null, null, null);
        assertEquals(0, task.get("tasks_evaluated").intValue());
        assertEquals(1, summary.get("groups").get("perception").get("tasks_evaluated").intValue());
    }

    @Test
    void groups_and_overall_are_the_means_of_the_tasks_printed_values() {
        assertPrinted(summary.get("groups").get("perception"), 27.09, 27.09, 2.33, 2.33, null, 29.73, 29.73);
        // Completion (32.5 + 29.97 + 24.51) / 3 = 28.99; Depth (2.25 + 2.25 + 2.125) / 3 = 2.21
        assertPrinted(summary.get("groups").get("measurement"), 28.99, 18.36, 2.21, 1.92, 36.11, 37.97, 23.71);
        // Completion (27.09 + 32.5 + 29.97 + 24.51) / 4 = 28.5175 → 28.52
        assertPrinted(summary.get("overall"), 28.52, 20.54, 2.24, 2.02, 36.11, 35.91, 25.22);
        assertEquals(29, summary.get("overall").get("counts").get("cases").intValue());
    }
}
