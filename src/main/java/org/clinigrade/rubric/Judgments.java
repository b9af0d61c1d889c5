package org.clinigrade.rubric;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * A judgments file (JSON Lines), every line checked against the rubric it judges before anything is scored. For
 * HealthBench records: {@code {"prompt_id", "criterion_index", "criteria_met", "explanation"?}}; for native rubrics:
 * {@code {"id", "criterion", "met"}} or {@code "level"} under the tiered scheme (and {@code "rubric"} where the
 * response's rubric is not otherwise known).
 *
 * @param byExample for each response (a record's prompt_id, a native response's id), in the order first judged, its
 *                  judgments by criterion id
 * @param rubricOf  the rubric each native response was judged against
 */
public record Judgments(Map<String, Map<String, Judgment>> byExample, Map<String, Rubric> rubricOf) {

    /** the judgments of one response (none if it was not judged) */
    public Map<String, Judgment> of(String example) {
        return byExample.getOrDefault(example, Map.of());
    }

    /**
     * @param rubricOfResponse for a native response id and the line's {@code rubric} (or null), its rubric
     * @throws InvalidInputException naming the file, line and field of the first judgment that cannot be used
     */
    public static Judgments read(Path file, RubricFiles.Rubrics rubrics,
                                 BiFunction<String, String, Rubric> rubricOfResponse) {
        Map<String, Map<String, Judgment>> byExample = new LinkedHashMap<>();
        Map<String, Rubric> rubricOf = new HashMap<>();
        JsonLinesFile.<Judged>read(file, (line, object) -> rubrics.healthBenchRecords()
                ? record(file, line, object, rubrics) : nativeJudgment(file, line, object, rubricOfResponse),
                (line, judged) -> {
            rubricOf.putIfAbsent(judged.example(), judged.rubric());
            Judgment earlier = byExample.computeIfAbsent(judged.example(), k -> new LinkedHashMap<>())
                    .putIfAbsent(judged.criterion(), judged.judgment());
            if (earlier != null) {
                throw JsonLinesFile.error(file, line, judged.field() + ": a second judgment of criterion " + judged.criterion()
                        + " for " + judged.example() + " (the first is on line " + earlier.line() + ")");
            }
        });
        return new Judgments(byExample, rubricOf);
    }

    private record Judged(String example, Rubric rubric, String criterion, String field, Judgment judgment) {
    }

    private static Judged record(Path file, int line, JsonNode object, RubricFiles.Rubrics rubrics) {
        String promptId = JsonLinesFile.text(file, line, object, "prompt_id");
        Rubric rubric = rubrics.byId().get(promptId);
        if (rubric == null) {
            throw JsonLinesFile.error(file, line, "prompt_id: '" + promptId + "' is not a record of --rubrics");
        }
        JsonNode index = object.get("criterion_index");
        if (index == null || !index.isIntegralNumber()) {
            throw JsonLinesFile.error(file, line, "criterion_index: " + (index == null ? "missing" : index
                    + " is not an integer") + " (the 0-based position of the criterion in the record's rubrics)");
        }
        int size = rubric.criteria().size();
        if (index.longValue() < 0 || index.longValue() >= size) {
            throw JsonLinesFile.error(file, line, "criterion_index: " + index + " is not a criterion of " + promptId
                    + " (it has " + size + ", 0 to " + (size - 1) + ")");
        }
        JsonNode met = object.get("criteria_met");
        if (met == null || !met.isBoolean()) {
            throw JsonLinesFile.error(file, line, "criteria_met: " + (met == null ? "missing" : met + " is not a boolean")
                    + " (expected true or false)");
        }
        return new Judged(promptId, rubric, Integer.toString(index.intValue()), "criterion_index",
                new Judgment(met.booleanValue(), null, explanation(object), line));
    }

    private static Judged nativeJudgment(Path file, int line, JsonNode object,
                                         BiFunction<String, String, Rubric> rubricOfResponse) {
        String id = JsonLinesFile.text(file, line, object, "id");
        String criterionId = JsonLinesFile.text(file, line, object, "criterion");
        JsonNode named = object.get("rubric");
        Rubric rubric;
        try {
            rubric = rubricOfResponse.apply(id, named != null && named.isString() ? named.stringValue() : null);
        } catch (InvalidInputException e) {
            throw JsonLinesFile.error(file, line, e.getMessage());
        }
        Criterion criterion = rubric.criterion(criterionId).orElseThrow(() -> JsonLinesFile.error(file, line,
                "criterion: '" + criterionId + "' is not a criterion of rubric " + rubric.id()));
        if (rubric.scheme() instanceof Scheme.Tiered tiered) {
            JsonNode level = object.get("level");
            if (level == null || !level.isIntegralNumber() || level.longValue() < 0 || level.longValue() > tiered.maxLevel()) {
                throw JsonLinesFile.error(file, line, "level: " + (level == null ? "missing" : level + " is outside 0.."
                        + tiered.maxLevel()) + " (criterion " + criterion.id() + " is " + criterion.tier().label()
                        + ", judged 0 to " + tiered.maxLevel() + ")");
            }
            return new Judged(id, rubric, criterionId, "criterion", new Judgment(null, level.intValue(), explanation(object), line));
        }
        JsonNode met = object.get("met");
        if (met == null || !met.isBoolean()) {
            throw JsonLinesFile.error(file, line, "met: " + (met == null ? "missing" : met + " is not a boolean")
                    + " (expected true or false)");
        }
        return new Judged(id, rubric, criterionId, "criterion", new Judgment(met.booleanValue(), null, explanation(object), line));
    }

    private static String explanation(JsonNode object) {
        JsonNode explanation = object.get("explanation");
        return explanation != null && explanation.isString() ? explanation.stringValue() : null;
    }
}
