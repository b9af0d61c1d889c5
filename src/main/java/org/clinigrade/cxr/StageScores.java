package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.List;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One case's judged Path 1 stages, as the benchmark's judge scores them: init 1/0/−1 (−1 = "I don't know"), each
 * criterion round 1/0/−2 (−2 = "None of the above"), the refined criterion 1/0/−1, each body-part round, the
 * measurement and the final 1/0; null for a stage the path stopped before. Several rounds of a stage pass only if
 * every round is 1, as {@code metric.py} combines {@code stage-criteria_0}, {@code stage-criteria_1}, ….
 *
 * @param id           the case's DICOM id, or null
 * @param criteria     the criterion rounds in order, or null
 * @param bodypart     the body-part rounds in order, or null
 * @param valueInRange the value in the final answer lies in the measurement stage's range (measurement tasks whose
 *                     final stage was reached; null otherwise)
 */
public record StageScores(StageTask task, String id, int init, List<Integer> criteria, Integer customCriteria,
        List<Integer> bodypart, Integer measurement, Integer fin, Boolean valueInRange) {

    private static final List<Integer> INIT = List.of(1, 0, -1);
    private static final List<Integer> CRITERIA = List.of(1, 0, -2);
    private static final List<Integer> CUSTOM_CRITERIA = List.of(1, 0, -1);
    private static final List<Integer> PASS_FAIL = List.of(1, 0);

    public boolean idkInit() {
        return init == -1;
    }

    public boolean criteriaPassed() {
        return allOnes(criteria);
    }

    /** the refined criterion was declined ("I don't know", −1), which sends the case to Path 2 */
    public boolean customDeclined() {
        return customCriteria != null && customCriteria == -1;
    }

    public boolean bodypartPassed() {
        return allOnes(bodypart);
    }

    public boolean measurementPassed() {
        return measurement != null && measurement == 1;
    }

    public boolean finalPassed() {
        return fin != null && fin == 1;
    }

    public boolean inRange() {
        return Boolean.TRUE.equals(valueInRange);
    }

    private static boolean allOnes(List<Integer> rounds) {
        return rounds != null && rounds.stream().allMatch(score -> score == 1);
    }

    /**
     * Reads one line of judged scores: {@code {"task", "init", "criteria", "custom_criteria"?, "bodypart",
     * "measurement", "final", "value_in_range"?}}.
     *
     * @param where the file and line, for messages
     * @throws InvalidInputException naming the line and the field
     */
    public static StageScores read(JsonNode line, String where) {
        if (!line.isObject()) {
            throw new InvalidInputException(where, "not a JSON object");
        }
        StageTask task = task(line.get("task"), where);
        String id = line.path("dicom").isString() ? line.get("dicom").stringValue() : null;
        Integer init = score(line.get("init"), INIT, where, "init");
        if (init == null) {
            throw new InvalidInputException(where + ": init", "missing (every case has an initial answer)");
        }
        Integer custom = score(line.get("custom_criteria"), CUSTOM_CRITERIA, where, "custom_criteria");
        if (custom != null && !task.refinedCriterion()) {
            throw new InvalidInputException(where + ": custom_criteria", task.id() + " has no refined-criterion stage");
        }
        Boolean inRange = inRange(line.get("value_in_range"), task, where);
        StageScores scores = new StageScores(task, id, init, rounds(line.get("criteria"), CRITERIA, where, "criteria"),
                custom, rounds(line.get("bodypart"), PASS_FAIL, where, "bodypart"),
                score(line.get("measurement"), PASS_FAIL, where, "measurement"),
                score(line.get("final"), PASS_FAIL, where, "final"), inRange);
        scores.checkPath(where);
        return scores;
    }

    private static StageTask task(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(where + ": task", "missing (expected one of " + StageTask.ids() + ")");
        }
        if (!node.isString()) {
            throw new InvalidInputException(where + ": task", node + " is not a task name (expected a string)");
        }
        return StageTask.byId(node.stringValue()).orElseThrow(() -> new InvalidInputException(where + ": task",
                "'" + node.stringValue() + "' is not a CXReasonBench task (expected one of " + StageTask.ids() + ")"));
    }

    private static Integer score(JsonNode node, List<Integer> allowed, String where, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || !allowed.contains(node.intValue())) {
            throw new InvalidInputException(where + ": " + field, node + " is not a score of this stage (expected "
                    + allowedText(allowed) + ")");
        }
        return node.intValue();
    }

    private static String allowedText(List<Integer> allowed) {
        List<String> texts = allowed.stream().map(String::valueOf).toList();
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " or " + texts.get(texts.size() - 1);
    }

    private static List<Integer> rounds(JsonNode node, List<Integer> allowed, String where, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            return List.of(score(node, allowed, where, field));
        }
        if (node.isEmpty()) {
            throw new InvalidInputException(where + ": " + field, "no rounds (expected a score or a list of them)");
        }
        List<Integer> rounds = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Integer round = score(node.get(i), allowed, where, field + "[" + i + "]");
            if (round == null) {
                throw new InvalidInputException(where + ": " + field + "[" + i + "]", "null (a round asked has a score)");
            }
            rounds.add(round);
        }
        return List.copyOf(rounds);
    }

    private static Boolean inRange(JsonNode node, StageTask task, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!task.measured()) {
            throw new InvalidInputException(where + ": value_in_range", task.id() + " reports no value (a perception task)");
        }
        if (!node.isBoolean()) {
            throw new InvalidInputException(where + ": value_in_range", node + " is not true, false or null");
        }
        return node.booleanValue();
    }

    /** a stage is reached only when the one before passed, as the benchmark's Path 1 runs */
    private void checkPath(String where) {
        stopsBetweenRounds(criteria, where, "criteria");
        stopsBetweenRounds(bodypart, where, "bodypart");
        reachedAfter(criteria, !idkInit(), where, "criteria", "init was 'I don't know' (-1)");
        reachedAfter(customCriteria, criteriaPassed(), where, "custom_criteria", "criteria did not pass");
        boolean custom = !task.refinedCriterion() || (customCriteria != null && customCriteria == 1);
        reachedAfter(bodypart, criteriaPassed() && custom, where, "bodypart",
                task.refinedCriterion() ? "criteria and custom_criteria did not both pass" : "criteria did not pass");
        reachedAfter(measurement, bodypartPassed(), where, "measurement", "bodypart did not pass");
        reachedAfter(fin, measurementPassed(), where, "final", "measurement did not pass");
        reachedAfter(valueInRange, fin != null, where, "value_in_range", "the final stage was not reached");
    }

    private static void reachedAfter(Object stage, boolean previousPassed, String where, String field, String why) {
        if (stage != null && !previousPassed) {
            throw new InvalidInputException(where + ": " + field, "given, but the path stops before it: " + why
                    + " (expected null)");
        }
    }

    private static void stopsBetweenRounds(List<Integer> rounds, String where, String field) {
        for (int i = 0; rounds != null && i < rounds.size() - 1; i++) {
            if (rounds.get(i) != 1) {
                throw new InvalidInputException(where + ": " + field + "[" + (i + 1) + "]", "given, but round " + i
                        + " did not pass and the path stops there");
            }
        }
    }

    /** the scores as a line that {@link #read} reads back */
    public void writeTo(ObjectNode json) {
        json.put("task", task.id());
        if (id != null) {
            json.put("dicom", id);
        }
        json.put("init", init);
        putRounds(json, "criteria", criteria);
        if (task.refinedCriterion()) {
            json.put("custom_criteria", customCriteria);
        }
        putRounds(json, "bodypart", bodypart);
        json.put("measurement", measurement);
        json.put("final", fin);
        if (task.measured()) {
            json.put("value_in_range", valueInRange);
        }
    }

    private static void putRounds(ObjectNode json, String name, List<Integer> rounds) {
        if (rounds == null) {
            json.putNull(name);
        } else {
            rounds.forEach(json.putArray(name)::add);
        }
    }
}
