package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.cxr.TranscriptJudge.Judged;
import org.clinigrade.cxr.TranscriptJudge.Stage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One case of CXReasonBench's Path 1 evaluation output, as its {@code evaluate_reasoning.py} writes it
 * ({@code {"dicom", "stage-init": {query, img_path, response, answer}, "stage-criteria_0": …, "stage-custom_criteria",
 * "stage-bodypart_0", …, "stage-measurement", "stage-final"}}), judged stage by stage along the path: the path stops
 * at an init "I don't know" or at the first other stage that does not pass, and the stages after it are null
 * whatever the file holds.
 *
 * @param scores  the stages' scores
 * @param reasons why each stage judged got its score, by the benchmark's stage name ({@code criteria_0}, …)
 */
public record TranscriptCase(StageScores scores, Map<String, String> reasons) {

    /**
     * @param task  the case's task (its output folder, or its "task" field)
     * @param id    the case's DICOM id, or null
     * @param where the file (and line), for messages
     * @throws InvalidInputException naming the stage and field of a stage that cannot be judged
     */
    public static TranscriptCase judge(JsonNode json, StageTask task, String id, String where) {
        return new Path(json, where).walk(task, id);
    }

    /** the verdict line: the scores as {@code cxr metrics} reads them, and the reasons */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        scores.writeTo(json);
        ObjectNode why = json.putObject("reasons");
        reasons.forEach(why::put);
        return json;
    }

    /** the walk along one case's stages */
    private static final class Path {
        private final JsonNode json;
        private final String where;
        private final Map<String, String> reasons = new LinkedHashMap<>();

        Path(JsonNode json, String where) {
            this.json = json;
            this.where = where;
        }

        TranscriptCase walk(StageTask task, String id) {
            Integer init = judged("init", Stage.INIT);
            if (init == null) {
                throw new InvalidInputException(where + ": stage-init", "missing (not a Path 1 output of"
                        + " CXReasonBench: every case starts with the initial question)");
            }
            List<Integer> criteria = init == -1 ? null : rounds("criteria", Stage.CRITERIA);
            boolean passed = passed(criteria);
            Integer custom = passed && task.refinedCriterion() ? judged("custom_criteria", Stage.CUSTOM_CRITERIA) : null;
            passed &= !task.refinedCriterion() || (custom != null && custom == 1);
            List<Integer> bodypart = passed ? rounds("bodypart", Stage.BODYPART) : null;
            Integer measurement = passed(bodypart) ? judged("measurement", Stage.MEASUREMENT) : null;
            Integer fin = measurement != null && measurement == 1 ? judged("final", Stage.FINAL) : null;
            Boolean inRange = fin != null && task.measured() ? inRange(task) : null;
            return new TranscriptCase(new StageScores(task, id, init, criteria, custom, bodypart, measurement, fin,
                    inRange), reasons);
        }

        private static boolean passed(List<Integer> rounds) {
            return rounds != null && rounds.stream().allMatch(score -> score == 1);
        }

        /** the stage's score, or null if the file has no such stage */
        private Integer judged(String name, Stage stage) {
            JsonNode node = json.get("stage-" + name);
            if (node == null || node.isNull()) {
                return null;
            }
            Judged judged = TranscriptJudge.judge(stage, text(node, name, "query"), text(node, name, "response"),
                    text(node, name, "answer"));
            reasons.put(name, judged.reason());
            return judged.score();
        }

        /**
         * A stage of rounds ({@code criteria_0}, {@code criteria_1}, …) until one does not pass; a round whose
         * reference is "Need new options" with no round after it in the file leaves the stage failed.
         */
        private List<Integer> rounds(String name, Stage stage) {
            List<Integer> rounds = new ArrayList<>();
            for (int i = 0; ; i++) {
                Integer score = judged(name + "_" + i, stage);
                if (score == null) {
                    return rounds.isEmpty() ? null : rounds;
                }
                rounds.add(score);
                String round = name + "_" + i;
                JsonNode node = json.get("stage-" + round);
                boolean another = TranscriptJudge.asksNewOptions(text(node, round, "query"), text(node, round, "answer"));
                if (score != 1) {
                    return rounds;
                }
                if (another && !json.has("stage-" + name + "_" + (i + 1))) {
                    reasons.put(name + "_" + (i + 1), "the round after 'Need new options' is not in the file");
                    rounds.add(0);
                    return rounds;
                }
            }
        }

        private Boolean inRange(StageTask task) {
            String answer = text(json.get("stage-measurement"), "measurement", "answer");
            StageValue.Check check = StageValue.check(task == StageTask.PROJECTION,
                    text(json.get("stage-final"), "final", "response"), answer);
            reasons.put("value_in_range", check.reason());
            return check.inRange();
        }

        private String text(JsonNode stage, String name, String field) {
            JsonNode value = stage.isObject() ? stage.get(field) : null;
            if (value == null || !value.isString()) {
                throw new InvalidInputException(where + ": stage-" + name + "." + field,
                        (value == null ? "missing" : value + " is not text") + " (a stage holds query, response and answer)");
            }
            return value.stringValue();
        }
    }
}
