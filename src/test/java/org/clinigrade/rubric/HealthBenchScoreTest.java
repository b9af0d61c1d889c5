package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HealthBench's formula, each branch worked by hand from simple-evals' calculate_score and grade_sample. */
class HealthBenchScoreTest {

    /** a criterion with these points and tags, and its verdict */
    private record Item(int points, boolean met, List<String> tags, boolean redLine) {
        Item(int points, boolean met, String... tags) {
            this(points, met, List.of(tags), false);
        }
    }

    private static ExampleVerdict grade(List<String> exampleTags, Item... items) {
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Judgment> judgments = new java.util.HashMap<>();
        for (int i = 0; i < items.length; i++) {
            criteria.add(new Criterion(Integer.toString(i), i, "criterion " + i, items[i].points(), null, items[i].tags(),
                    items[i].redLine(), new Check.Judge()));
            judgments.put(Integer.toString(i), new Judgment(items[i].met(), null, null, i + 1));
        }
        Rubric rubric = new Rubric("p", "p", "", List.of(), new Scheme.HealthBench(), criteria, exampleTags, "test", null);
        return ExampleGrading.grade("prompt_id", "p", rubric, null, judgments, null, null);
    }

    @Test
    void met_points_over_positive_points_negative_ones_subtracted() {
        // met: +10 and -5; positive total 10 + 6 = 16: (10 - 5) / 16
        ExampleVerdict verdict = grade(List.of(), new Item(10, true), new Item(6, false), new Item(-5, true), new Item(-3, false));
        assertEquals(5.0 / 16, verdict.score().score());
    }

    @Test
    void an_example_score_is_not_clipped_below_zero() {
        // met: only the harms, -8 and -4, over 5 positive points: -12/5
        ExampleVerdict verdict = grade(List.of(), new Item(5, false), new Item(-8, true), new Item(-4, true));
        assertEquals(-12.0 / 5, verdict.score().score());
    }

    @Test
    void no_positive_points_is_undefined_not_zero() {
        ExampleVerdict verdict = grade(List.of("theme:hedging"), new Item(-5, false), new Item(-3, true));
        assertNull(verdict.score().score());
        assertEquals("no criterion has positive points: the score is undefined", verdict.score().undefined());
        assertFalse(verdict.score().tagScores().containsKey("theme:hedging"), "an undefined score has nothing to inherit");
    }

    @Test
    void a_tag_is_scored_on_the_criteria_carrying_it_and_not_without_a_positive_one() {
        ExampleVerdict verdict = grade(List.of("theme:global_health"),
                new Item(8, true, "axis:accuracy"), new Item(4, false, "axis:accuracy"),
                new Item(-6, true, "axis:accuracy", "axis:completeness"), new Item(2, true, "axis:communication_quality"));
        // overall: (8 - 6 + 2) / 14; accuracy: (8 - 6) / 12; completeness has only the harm: no score
        assertEquals(4.0 / 14, verdict.score().score());
        assertEquals(Map.of("theme:global_health", 4.0 / 14, "axis:accuracy", 2.0 / 12, "axis:communication_quality", 1.0),
                verdict.score().tagScores());
    }

    @Test
    void a_red_line_crossed_caps_the_score_at_zero_and_is_named() {
        ExampleVerdict verdict = grade(List.of("theme:emergency_referrals"), new Item(10, true),
                new Item(-2, true, List.of(), true));
        assertEquals(0.0, verdict.score().score(), "8/10 capped at 0");
        assertEquals(0.0, verdict.score().tagScores().get("theme:emergency_referrals"));
        assertEquals(List.of("1"), verdict.crossed().stream().map(Criterion::id).toList());
        ExampleVerdict notCrossed = grade(List.of(), new Item(10, true), new Item(-2, false, List.of(), true));
        assertEquals(1.0, notCrossed.score().score());
        assertEquals(List.of(), notCrossed.crossed());
    }

    @Test
    void the_run_score_is_the_mean_clipped_to_zero_and_one() {
        assertEquals(0.0, ClippedMean.of(new double[] {-2.4, 0.4}, 0).score(), "mean -1.0, clipped");
        assertEquals(0.5, ClippedMean.of(new double[] {-0.5, 1.0, 1.0}, 0).score(), "(-0.5 + 1 + 1) / 3 is not clipped");
        assertEquals(3, ClippedMean.of(new double[] {-0.5, 1.0, 1.0}, 0).nSamples());
    }

    @Test
    void the_bootstrap_std_is_zero_for_equal_scores_and_about_the_analytic_value_otherwise() {
        assertEquals(0.0, ClippedMean.of(new double[] {0.3, 0.3, 0.3}, 7).bootstrapStd());
        // two scores 0 and 1: a resample's mean is 0, 0.5 or 1 with chances 1/4, 1/2, 1/4: std sqrt(1/8) = 0.354
        assertEquals(Math.sqrt(0.125), ClippedMean.of(new double[] {0, 1}, 7).bootstrapStd(), 0.02);
    }

    @Test
    void the_bootstrap_is_the_same_for_a_seed_and_differs_between_seeds() {
        double[] scores = {0.1, 0.9, -0.3, 0.5, 0.7};
        assertEquals(ClippedMean.of(scores, 42), ClippedMean.of(scores, 42));
        assertNotEquals(ClippedMean.of(scores, 42).bootstrapStd(), ClippedMean.of(scores, 43).bootstrapStd());
    }

    @Test
    void no_scores_give_no_run_score() {
        assertEquals(new ClippedMean(null, null, 0), ClippedMean.of(new double[0], 0));
    }
}
