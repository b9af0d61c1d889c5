package org.clinigrade.rubric;

import java.util.Map;

/** How criterion verdicts become a score, each exactly as published. */
public sealed interface Scheme {

    /**
     * HealthBench (openai/simple-evals): per example, the points of met criteria (negative ones included) over the sum
     * of positive points, not clipped; undefined when no criterion has positive points; the run's score is the mean
     * over examples, clipped to [0, 1].
     */
    record HealthBench() implements Scheme {
    }

    /**
     * QuarkMedBench's tiered score: levels 0..{@code maxLevel} per criterion, weighted by tier;
     * (wE·E + wI·I + wH·H − wP·P) / (maxLevel · (wE·nE + wI·nI + wH·nH)).
     *
     * @param weights    by tier; default essential 2, important 1, highlight 1, pitfall 2
     * @param truncation when set, the important and highlight part is dropped when E/(max·nE) is below
     *                   {@code essentialRatioMin} or P/(max·nP) above {@code pitfallRatioMax} (strictly)
     * @param saturation when set, caps against verbosity: per capability tag and the total against the essential part
     */
    record Tiered(int maxLevel, Map<Tier, Double> weights, Truncation truncation, Saturation saturation)
            implements Scheme {
        public Tiered {
            weights = Map.copyOf(weights);
        }
    }

    /** red-line truncation: either bound may be null (not applied) */
    record Truncation(Double essentialRatioMin, Double pitfallRatioMax) {
    }

    /**
     * Saturation caps: the important/highlight level sum per capability tag (untagged ones grouped by tier) capped at
     * {@code tagCap}; then that part's total capped at {@code essentialMultiplier} × E. Either may be null.
     */
    record Saturation(Double tagCap, Double essentialMultiplier) {
    }
}
