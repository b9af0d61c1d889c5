package org.clinigrade.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's scores, from the example verdicts in input order: the overall score and each tag's, each a
 * {@link ClippedMean} over the examples that have one. An example whose score is undefined (no positive points) or
 * not given (criteria without a verdict) is left out of every mean and counted apart; simple-evals would stop there
 * (its {@code grade_sample} asserts that every score is defined).
 */
public final class RunSummary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunSummary() {
    }

    /**
     * @param judge      who produced the judgments, as {@code --judge} names it
     * @param judgeModel the model asked by {@code --judge-url}, or null
     */
    public static ObjectNode of(List<ExampleVerdict> verdicts, boolean tiered, String judge, String judgeModel, long seed) {
        List<Double> scores = new ArrayList<>();
        Map<String, List<Double>> tagScores = new LinkedHashMap<>();
        int undefined = 0;
        int incomplete = 0;
        int redLines = 0;
        for (ExampleVerdict verdict : verdicts) {
            if (!verdict.complete()) {
                incomplete++;
                continue;
            }
            if (verdict.score().score() == null) {
                undefined++;
            } else {
                scores.add(verdict.score().score());
            }
            verdict.score().tagScores().forEach((tag, score) -> tagScores.computeIfAbsent(tag, t -> new ArrayList<>()).add(score));
            redLines += verdict.crossed().isEmpty() ? 0 : 1;
        }
        // each statistic's bootstrap draws from its own generator, so they are computed side by side, same result
        List<String> names = tagScores.keySet().stream().sorted().toList();
        List<double[]> samples = new ArrayList<>(List.of(array(scores)));
        names.forEach(tag -> samples.add(array(tagScores.get(tag))));
        List<ClippedMean> means = samples.parallelStream().map(values -> ClippedMean.of(values, seed)).toList();
        ClippedMean overall = means.get(0);
        ObjectNode summary = JSON.createObjectNode();
        summary.put("scheme", tiered ? "tiered" : "healthbench");
        summary.put("judge", judge);
        if (judgeModel != null) {
            summary.put("judge_model", judgeModel);
        }
        put(summary, overall, "overall_score");
        summary.put("examples", verdicts.size());
        summary.put("undefined", undefined);
        summary.put("incomplete", incomplete);
        summary.put("red_lines_crossed", redLines);
        summary.put("seed", seed);
        ObjectNode tags = summary.putObject("tags");
        for (int i = 0; i < names.size(); i++) {
            put(tags.putObject(names.get(i)), means.get(i + 1), "score");
        }
        return summary;
    }

    private static void put(ObjectNode node, ClippedMean mean, String scoreName) {
        node.put(scoreName, mean.score());
        node.put("bootstrap_std", mean.bootstrapStd());
        node.put("n_samples", mean.nSamples());
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
