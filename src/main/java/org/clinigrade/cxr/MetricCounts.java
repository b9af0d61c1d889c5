package org.clinigrade.cxr;

import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * One task's counts over its cases, and the values {@code metric.py}'s {@code print_scores} collects for it before
 * averaging over tasks. A task in which every case answered "I don't know" has no values ({@code metric.py} leaves it
 * out; alone, it raises {@code KeyError('dx')}, which is not copied).
 */
final class MetricCounts {

    final StageTask task;
    long cases;
    long idkInit;
    long criteria;
    long idkCustom;
    long bodypart;
    long measurement;
    long fin;
    /** the sum of the init scores of the cases correct at final ({@code consistency_init}) */
    long initAtFinal;
    long inRange;
    long finalInRange;

    MetricCounts(StageTask task) {
        this.task = task;
    }

    void add(StageScores scores) {
        cases++;
        idkInit += scores.idkInit() ? 1 : 0;
        criteria += scores.criteriaPassed() ? 1 : 0;
        idkCustom += scores.customDeclined() ? 1 : 0;
        bodypart += scores.bodypartPassed() ? 1 : 0;
        measurement += scores.measurementPassed() ? 1 : 0;
        fin += scores.finalPassed() ? 1 : 0;
        initAtFinal += scores.finalPassed() ? scores.init() : 0;
        inRange += scores.inRange() ? 1 : 0;
        finalInRange += scores.finalPassed() && scores.inRange() ? 1 : 0;
    }

    long passInit() {
        return cases - idkInit;
    }

    /** criteria passed and the refined criterion not declined */
    long passCustom() {
        return criteria - idkCustom;
    }

    /** the cases that could reach the body-part stage: passed criteria (and did not decline the refined one) */
    private long reachable() {
        return task.refinedCriterion() ? passCustom() : criteria;
    }

    /** Completion's and Depth's denominator: a declined refined criterion leaves Path 1 as an init IDK does */
    long answered() {
        return task.refinedCriterion() ? passCustom() + (passInit() - criteria) : passInit();
    }

    /** {@code metric.py} evaluates the task: some case did not answer "I don't know" */
    boolean evaluated() {
        return passInit() > 0;
    }

    /**
     * The mean of metric.py's list of stages passed (4 per final correct, 3 per measurement correct only, 2 body
     * part, 1 criterion, 0 the rest), which sums to the counts of each stage passed.
     */
    private double depth(long measured, long finalCorrect) {
        long answered = answered();
        return answered == 0 ? Double.NaN : (double) (finalCorrect + measured + bodypart + reachable()) / answered;
    }

    /** the value each metric adds to metric.py's average over tasks; absent where it prints N/A */
    Map<Metric, Double> collected() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        if (!evaluated()) {
            return values;
        }
        boolean measured = task.measured();
        Double matching = measured && measurement > 0 ? (double) inRange / measurement : null;
        wilson(values, Metric.COMPLETION, Metric.COMPLETION_REFINED, fin, answered(), matching);
        double depth = depth(measurement, fin);
        double depthRefined = depth(inRange, finalInRange);
        putFinite(values, Metric.DEPTH, depth);
        // metric.py rounds the refined depth of a measurement task before averaging, and not the plain one
        putFinite(values, Metric.DEPTH_REFINED, measured ? MetricFormulas.numpyRound2(depthRefined) : depth);
        if (measured) {
            wilson(values, Metric.CONSISTENCY, null, inRange, measurement, null);
        }
        wilson(values, Metric.ALIGNMENT, Metric.ALIGNMENT_REFINED, initAtFinal, measurement, matching);
        return values;
    }

    /**
     * A Wilson-adjusted percentage as print_scores makes it: N/A without trials, 0.0 without successes, else the
     * adjusted value rounded by Python; its refined twin is the unrounded value times the naive value-in-range rate,
     * rounded by numpy (measurement tasks), or the same value (perception tasks).
     */
    private void wilson(Map<Metric, Double> values, Metric metric, Metric refined, long k, long n, Double matching) {
        if (n == 0) {
            return;
        }
        double adjusted = k == 0 ? 0 : MetricFormulas.adjustedWilson(k, n);
        double score = k == 0 ? 0.0 : MetricFormulas.pythonRound2(adjusted * 100);
        values.put(metric, score);
        if (refined != null) {
            boolean scaled = task.measured() && k > 0;
            values.put(refined, scaled ? MetricFormulas.numpyRound2(adjusted * matching * 100) : score);
        }
    }

    private static void putFinite(Map<Metric, Double> values, Metric metric, double value) {
        if (!Double.isNaN(value)) {
            values.put(metric, value);
        }
    }

    /** the raw counts, named as in the summary */
    void writeCounts(ObjectNode json) {
        json.put("cases", cases).put("idk_init", idkInit).put("pass_init", passInit()).put("k_crit", criteria);
        if (task.refinedCriterion()) {
            json.put("idk_custom", idkCustom).put("pass_custom", passCustom());
        }
        json.put("k_body", bodypart).put("k_meas", measurement).put("k_fin", fin).put("k_init_at_final", initAtFinal);
        if (task.measured()) {
            json.put("k_in_range", inRange).put("k_fin_in_range", finalInRange);
        }
        json.put("answered", answered());
    }

    /** the naive rates (metric.py's {@code naive_score_*}), null where the denominator is 0 or the task has none */
    Map<String, Double> rates() {
        Map<String, Double> rates = new java.util.LinkedHashMap<>();
        rates.put("idk_init", rate(idkInit, cases));
        rates.put("criteria", rate(criteria, passInit()));
        if (task.refinedCriterion()) {
            rates.put("custom_pass", rate(passCustom(), criteria));
        }
        rates.put("bodypart", rate(bodypart, reachable()));
        rates.put("measurement", rate(measurement, bodypart));
        rates.put("final", rate(fin, measurement));
        rates.put("completion", rate(fin, answered()));
        rates.put("completion_refined", task.measured() ? rate(finalInRange, answered()) : null);
        double depth = depth(measurement, fin);
        rates.put("depth", Double.isNaN(depth) ? null : depth);
        double depthRefined = depth(inRange, finalInRange);
        rates.put("depth_refined", !task.measured() || Double.isNaN(depthRefined) ? null : depthRefined);
        rates.put("value_in_range", task.measured() ? rate(inRange, measurement) : null);
        rates.put("init_final_agreement", rate(initAtFinal, measurement));
        return rates;
    }

    private static Double rate(long k, long n) {
        return n == 0 ? null : (double) k / n;
    }
}
