package org.clinigrade.rubric;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * QuarkMedBench's tiered score (arXiv 2603.13691): with E, I, H, P the level sums of the essential, important,
 * highlight and pitfall criteria and n their counts, (wE·E + wI·I + wH·H − wP·P) / (max·(wE·nE + wI·nI + wH·nH)).
 * Red-line truncation sets the important and highlight part to 0 when E/(max·nE) is below
 * {@code essential_ratio_min} or P/(max·nP) above {@code pitfall_ratio_max}. Saturation caps each capability group's
 * weighted contribution (Σ w·level of its important and highlight criteria; criteria without a capability tag are
 * grouped by tier) at {@code tag_cap}, then the important and highlight part at {@code essential_multiplier} × wE·E.
 * Undefined when there is nothing positive to score (no essential, important or highlight criterion).
 */
final class TieredScore {

    private TieredScore() {
    }

    /** the parts of the score, for the verdict and for tests */
    record Parts(Map<Tier, Integer> levelSums, Map<Tier, Integer> counts, double importantAndHighlight,
                 boolean truncated, double numerator, double denominator) {
    }

    static ExampleScore of(Rubric rubric, Scheme.Tiered scheme, List<CriterionVerdict> verdicts) {
        Parts parts = parts(scheme, verdicts);
        if (parts.denominator() == 0) {
            return new ExampleScore(null, Map.of(), "no essential, important or highlight criterion: the score is undefined");
        }
        double score = parts.numerator() / parts.denominator();
        Map<String, Double> tags = new LinkedHashMap<>();
        rubric.tags().forEach(tag -> tags.put(tag, score));
        Map<String, int[]> achieved = new LinkedHashMap<>();
        for (CriterionVerdict verdict : verdicts) {
            if (verdict.criterion().tier() == Tier.PITFALL) {
                continue;
            }
            count(achieved, "tier:" + verdict.criterion().tier().label(), verdict.level());
            verdict.criterion().tags().forEach(tag -> count(achieved, tag, verdict.level()));
        }
        achieved.forEach((tag, sums) -> tags.putIfAbsent(tag, (double) sums[0] / (scheme.maxLevel() * sums[1])));
        return new ExampleScore(score, tags, null);
    }

    private static void count(Map<String, int[]> achieved, String tag, int level) {
        int[] sums = achieved.computeIfAbsent(tag, t -> new int[2]);
        sums[0] += level;
        sums[1]++;
    }

    static Parts parts(Scheme.Tiered scheme, List<CriterionVerdict> verdicts) {
        Map<Tier, Integer> sums = new EnumMap<>(Tier.class);
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            sums.put(tier, 0);
            counts.put(tier, 0);
        }
        for (CriterionVerdict verdict : verdicts) {
            sums.merge(verdict.criterion().tier(), verdict.level(), Integer::sum);
            counts.merge(verdict.criterion().tier(), 1, Integer::sum);
        }
        int max = scheme.maxLevel();
        double essential = weight(scheme, Tier.ESSENTIAL) * sums.get(Tier.ESSENTIAL);
        double pitfall = weight(scheme, Tier.PITFALL) * sums.get(Tier.PITFALL);
        boolean truncated = truncated(scheme.truncation(), max, sums, counts);
        double importantAndHighlight = truncated ? 0 : saturated(scheme, verdicts, essential);
        double denominator = max * (weight(scheme, Tier.ESSENTIAL) * counts.get(Tier.ESSENTIAL)
                + weight(scheme, Tier.IMPORTANT) * counts.get(Tier.IMPORTANT)
                + weight(scheme, Tier.HIGHLIGHT) * counts.get(Tier.HIGHLIGHT));
        return new Parts(sums, counts, importantAndHighlight, truncated,
                essential + importantAndHighlight - pitfall, denominator);
    }

    /** strict inequalities: a ratio exactly at a bound does not truncate; a tier with no criteria never does */
    private static boolean truncated(Scheme.Truncation truncation, int max, Map<Tier, Integer> sums,
                                     Map<Tier, Integer> counts) {
        if (truncation == null) {
            return false;
        }
        int nE = counts.get(Tier.ESSENTIAL);
        int nP = counts.get(Tier.PITFALL);
        boolean essentialsShort = truncation.essentialRatioMin() != null && nE > 0
                && (double) sums.get(Tier.ESSENTIAL) / (max * nE) < truncation.essentialRatioMin();
        boolean pitfallsOver = truncation.pitfallRatioMax() != null && nP > 0
                && (double) sums.get(Tier.PITFALL) / (max * nP) > truncation.pitfallRatioMax();
        return essentialsShort || pitfallsOver;
    }

    /** wI·I + wH·H, each capability group capped at tag_cap, then the whole at essential_multiplier × wE·E */
    private static double saturated(Scheme.Tiered scheme, List<CriterionVerdict> verdicts, double essential) {
        Scheme.Saturation saturation = scheme.saturation();
        Map<String, Double> groups = new LinkedHashMap<>();
        for (CriterionVerdict verdict : verdicts) {
            Tier tier = verdict.criterion().tier();
            if (tier == Tier.IMPORTANT || tier == Tier.HIGHLIGHT) {
                groups.merge(group(verdict.criterion()), weight(scheme, tier) * verdict.level(), Double::sum);
            }
        }
        double total = 0;
        for (double contribution : groups.values()) {
            total += saturation != null && saturation.tagCap() != null ? Math.min(contribution, saturation.tagCap())
                    : contribution;
        }
        if (saturation != null && saturation.essentialMultiplier() != null) {
            total = Math.min(total, saturation.essentialMultiplier() * essential);
        }
        return total;
    }

    /** the criterion's capability tag (its first tag without a prefix such as axis: or theme:), else its tier */
    static String group(Criterion criterion) {
        return criterion.tags().stream().filter(tag -> tag.indexOf(':') < 0).findFirst()
                .orElse("tier:" + criterion.tier().label());
    }

    private static double weight(Scheme.Tiered scheme, Tier tier) {
        return scheme.weights().getOrDefault(tier, NativeRubric.DEFAULT_WEIGHTS.get(tier));
    }
}
