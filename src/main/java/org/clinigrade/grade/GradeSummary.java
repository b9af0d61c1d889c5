package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Counts over verdicts: accuracy overall, per category and per calculator with 95% Wilson intervals, error types,
 * step-level and entity-level agreement, agreement with the file's own verdicts, and the verdicts the corrected
 * labels change. Parts counted on different threads merge in input order, so the result is the same either way.
 */
public final class GradeSummary {

    /** listed disagreements and changes are capped; the counts are not */
    static final int LISTED = 1_000;

    private static final ErrorType[] ERROR_TYPES = ErrorType.values();

    private final Counts overall = new Counts();
    /** sorted only when written: a tree's comparisons for every record cost more than a hash */
    private final Map<String, Counts> byCategory = new HashMap<>();
    private final Map<String, Counts> byCalculator = new LinkedHashMap<>();
    private final Map<String, Integer> medcalcIds = new LinkedHashMap<>();
    private final Map<String, String> calculatorCategories = new LinkedHashMap<>();
    private final Map<String, int[]> stepsByCalculator = new LinkedHashMap<>();
    private final Map<String, Integer> firstDivergence = new LinkedHashMap<>();
    private final Map<String, Integer> entityStatus = new TreeMap<>();
    private int recordsWithProcess;
    private final int[] steps = new int[3];
    private int fileVerdicts;
    private int fileAgreements;
    private final List<ObjectNode> disagreements = new ArrayList<>();
    private int relabelled;
    /** records whose named calculator is not their reference case's: many of them suggest another test set version */
    private int calculatorMismatches;
    private final List<ObjectNode> changed = new ArrayList<>();
    private int changedCount;

    /** correct and total, with counts per error type */
    private static final class Counts {
        int records;
        int correct;
        /** by error type, in the order of its constants */
        final int[] types = new int[ERROR_TYPES.length];

        void add(Verdict verdict) {
            records++;
            correct += verdict.correct() ? 1 : 0;
            types[verdict.errorType().ordinal()]++;
        }

        void merge(Counts other) {
            records += other.records;
            correct += other.correct;
            for (int i = 0; i < types.length; i++) {
                types[i] += other.types[i];
            }
        }

        ObjectNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("records", records);
            json.put("correct", correct);
            accuracy(json, correct, records, "ci95");
            ObjectNode counts = json.putObject("error_types");
            for (ErrorType type : ERROR_TYPES) {
                if (types[type.ordinal()] > 0) {
                    counts.put(type.key(), types[type.ordinal()]);
                }
            }
            return json;
        }
    }

    public void add(Verdict verdict) {
        overall.add(verdict);
        if (verdict.errorType() == ErrorType.INVALID_RECORD) {
            return;
        }
        byCategory.computeIfAbsent(verdict.category() == null ? "(none)" : verdict.category(), c -> new Counts()).add(verdict);
        byCalculator.computeIfAbsent(verdict.calculator(), calculator -> {
            if (verdict.medcalcId() != null) {
                medcalcIds.put(calculator, verdict.medcalcId());
            }
            if (verdict.category() != null) {
                calculatorCategories.put(calculator, verdict.category());
            }
            return new Counts();
        }).add(verdict);
        addProcess(verdict);
        addFileVerdict(verdict);
        if (verdict.correctV1() != null) {
            relabelled++;
            if (verdict.correctV1() != verdict.correct()) {
                changedCount++;
                if (changed.size() < LISTED) {
                    changed.add(JsonNodeFactory.instance.objectNode().put("id", verdict.id())
                            .put("v1", verdict.correctV1().booleanValue()).put("corrected", verdict.correct()));
                }
            }
        }
    }

    private void addProcess(Verdict verdict) {
        StepAlignment alignment = verdict.steps();
        if (alignment.referenceSteps() > 0 || verdict.entities() != null) {
            recordsWithProcess++;
        }
        if (alignment.referenceSteps() > 0) {
            int[] mine = stepsByCalculator.computeIfAbsent(verdict.calculator(), c -> new int[3]);
            int[] counts = {alignment.referenceSteps(), alignment.compared(), alignment.agreeing()};
            for (int i = 0; i < 3; i++) {
                mine[i] += counts[i];
                steps[i] += counts[i];
            }
            if (alignment.divergence() != null) {
                firstDivergence.merge(alignment.divergence().step(), 1, Integer::sum);
            }
        }
        if (verdict.entities() != null) {
            verdict.entities().findings().forEach(f -> entityStatus.merge(f.status(), 1, Integer::sum));
        }
    }

    private void addFileVerdict(Verdict verdict) {
        if (verdict.fileVerdict() == null) {
            return;
        }
        fileVerdicts++;
        if (verdict.fileVerdict() == verdict.correct()) {
            fileAgreements++;
        } else if (disagreements.size() < LISTED) {
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            entry.put("id", verdict.id());
            entry.put("file_result", verdict.fileVerdict() ? "Correct" : "Incorrect");
            entry.put("correct", verdict.correct());
            entry.put("reason", disagreementReason(verdict));
            disagreements.add(entry);
        }
    }

    private static String disagreementReason(Verdict verdict) {
        ObjectNode evidence = verdict.evidence();
        String check = evidence.path("check").asString("");
        String reason = evidence.path("reason").asString("");
        String read = evidence.path("answer").path("how").asString("");
        String own = "clinigrade reads the answer as " + evidence.path("answer").path("read_as").asString("nothing")
                + " and the label " + evidence.path("expected").path("answer").asString("?")
                + (verdict.correct() ? " accepts it" : " does not");
        return String.join("; ", List.of(check, read, reason, own).stream().filter(s -> !s.isEmpty()).toList());
    }

    /** adds the counts of a later part of the same run */
    public void merge(GradeSummary later) {
        overall.merge(later.overall);
        calculatorMismatches += later.calculatorMismatches;
        later.byCategory.forEach((key, counts) -> byCategory.computeIfAbsent(key, k -> new Counts()).merge(counts));
        later.byCalculator.forEach((key, counts) -> byCalculator.computeIfAbsent(key, k -> new Counts()).merge(counts));
        later.medcalcIds.forEach(medcalcIds::putIfAbsent);
        later.calculatorCategories.forEach(calculatorCategories::putIfAbsent);
        later.stepsByCalculator.forEach((key, counts) -> {
            int[] mine = stepsByCalculator.computeIfAbsent(key, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += counts[i];
            }
        });
        for (int i = 0; i < 3; i++) {
            steps[i] += later.steps[i];
        }
        later.firstDivergence.forEach((key, n) -> firstDivergence.merge(key, n, Integer::sum));
        later.entityStatus.forEach((key, n) -> entityStatus.merge(key, n, Integer::sum));
        recordsWithProcess += later.recordsWithProcess;
        fileVerdicts += later.fileVerdicts;
        fileAgreements += later.fileAgreements;
        later.disagreements.stream().limit(Math.max(0, LISTED - disagreements.size())).forEach(disagreements::add);
        relabelled += later.relabelled;
        changedCount += later.changedCount;
        later.changed.stream().limit(Math.max(0, LISTED - changed.size())).forEach(changed::add);
    }

    public int records() {
        return overall.records;
    }

    /** a record that names a calculator other than its reference case's (it is also counted as invalid) */
    void countCalculatorMismatch() {
        calculatorMismatches++;
    }

    public int invalidRecords() {
        return overall.types[ErrorType.INVALID_RECORD.ordinal()];
    }

    /**
     * @param titles calculator id to title, for the report
     */
    public ObjectNode toJson(String mode, String labels, Map<String, String> titles) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("records", overall.records);
        json.put("graded", overall.records - invalidRecords());
        json.put("invalid_records", invalidRecords());
        if (calculatorMismatches > 0) {
            json.put("calculator_mismatches", calculatorMismatches);
        }
        json.put("mode", mode);
        json.put("labels", labels);
        json.put("correct", overall.correct);
        accuracy(json, overall.correct, overall.records - invalidRecords(), "accuracy_ci95");
        json.set("error_types", overall.toJson().get("error_types"));
        ObjectNode categories = json.putObject("by_category");
        new TreeMap<>(byCategory).forEach((key, counts) -> categories.set(key, counts.toJson()));
        ObjectNode calculators = json.putObject("by_calculator");
        byCalculator.forEach((key, counts) -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("title", titles.getOrDefault(key, key));
            if (medcalcIds.containsKey(key)) {
                node.put("medcalc_id", medcalcIds.get(key).intValue());
            }
            if (calculatorCategories.containsKey(key)) {
                node.put("category", calculatorCategories.get(key));
            }
            node.setAll(counts.toJson());
            calculators.set(key, node);
        });
        if (recordsWithProcess > 0) {
            json.set("steps", stepsJson());
            ObjectNode entities = json.putObject("entities");
            entityStatus.forEach(entities::put);
        }
        if (fileVerdicts > 0) {
            ObjectNode file = json.putObject("reference_result");
            file.put("records", fileVerdicts);
            file.put("agree", fileAgreements);
            file.put("agreement", fileAgreements / (double) fileVerdicts);
            file.putArray("disagreements").addAll(disagreements);
        }
        if (relabelled > 0) {
            ObjectNode corrected = json.putObject("corrected");
            corrected.put("relabelled", relabelled);
            corrected.put("verdicts_changed", changedCount);
            corrected.putArray("changed").addAll(changed);
        }
        return json;
    }

    private ObjectNode stepsJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("records_with_process", recordsWithProcess);
        node.put("reference_steps", steps[0]);
        node.put("stated", steps[1]);
        node.put("agreeing", steps[2]);
        node.put("agreement", steps[1] == 0 ? 0 : steps[2] / (double) steps[1]);
        ObjectNode calculators = node.putObject("by_calculator");
        stepsByCalculator.forEach((key, counts) -> calculators.putObject(key).put("stated", counts[1])
                .put("agreeing", counts[2]).put("agreement", counts[1] == 0 ? 0 : counts[2] / (double) counts[1]));
        ObjectNode divergence = node.putObject("first_divergence");
        firstDivergence.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(20)
                .forEach(e -> divergence.put(e.getKey(), e.getValue()));
        return node;
    }

    /** accuracy and its 95% Wilson score interval (sound at 0 and n, unlike the normal approximation) */
    private static void accuracy(ObjectNode json, int correct, int n, String ciName) {
        if (n == 0) {
            json.putNull("accuracy");
            json.putNull(ciName);
            return;
        }
        Interval ci = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(n, correct, 0.05);
        json.put("accuracy", correct / (double) n);
        // rounding can put a bound a little outside [0, 1], which the interval never leaves
        json.putArray(ciName).add(Math.max(0, ci.getLowerBound())).add(Math.min(1, ci.getUpperBound()));
    }
}
