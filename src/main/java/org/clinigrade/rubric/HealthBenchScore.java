package org.clinigrade.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HealthBench's example score, as {@code calculate_score} and {@code grade_sample} of openai/simple-evals
 * ({@code healthbench_eval.py}) compute it: the points of the met criteria, negative ones included, over the sum of
 * positive points, not clipped (it can be negative); undefined when no criterion has positive points. Each tag of a
 * criterion is scored the same way on the criteria carrying it, and only if one of them has positive points; the
 * example's own tags take the example's score.
 */
final class HealthBenchScore {

    private HealthBenchScore() {
    }

    static ExampleScore of(Rubric rubric, List<CriterionVerdict> verdicts) {
        Double score = score(verdicts);
        Map<String, Double> tags = new LinkedHashMap<>();
        if (score != null) {
            rubric.tags().forEach(tag -> tags.put(tag, score));
        }
        Map<String, List<CriterionVerdict>> byTag = new LinkedHashMap<>();
        for (CriterionVerdict verdict : verdicts) {
            for (String tag : verdict.criterion().tags()) {
                byTag.computeIfAbsent(tag, t -> new java.util.ArrayList<>()).add(verdict);
            }
        }
        byTag.forEach((tag, carrying) -> {
            Double tagScore = score(carrying);
            if (tagScore != null) {
                tags.put(tag, tagScore);
            }
        });
        return new ExampleScore(score, tags, score == null ? "no criterion has positive points: the score is undefined" : null);
    }

    /** Σ points of met criteria / Σ positive points, or null when there are no positive points */
    static Double score(List<CriterionVerdict> verdicts) {
        long possible = 0;
        long achieved = 0;
        for (CriterionVerdict verdict : verdicts) {
            int points = verdict.criterion().points();
            if (points > 0) {
                possible += points;
            }
            if (verdict.met()) {
                achieved += points;
            }
        }
        return possible == 0 ? null : (double) achieved / possible;
    }
}
