package org.clinigrade.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * A HealthBench record read as it is ({@code prompt_id}, {@code prompt}, {@code rubrics} of {@code criterion},
 * {@code points}, {@code tags}, {@code example_tags}, {@code ideal_completions_data}): one rubric under the
 * healthbench scheme, its criteria numbered from 0 in file order and all judge-checked. The prompt and the ideal
 * completions are not needed to score and are not kept.
 */
final class HealthBenchRecord {

    private HealthBenchRecord() {
    }

    /**
     * @param source the file and line, for messages
     * @throws InvalidInputException naming the source and the field that is missing or wrong
     */
    static Rubric read(String source, JsonNode record) {
        String promptId = text(source, record, "prompt_id", "prompt_id");
        JsonNode items = record.get("rubrics");
        if (items == null || !items.isArray()) {
            throw new InvalidInputException(source, "rubrics: " + (items == null ? "missing" : "not an array")
                    + " (a HealthBench record lists its criteria in \"rubrics\")");
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            criteria.add(criterion(source, "rubrics/" + i, i, items.get(i)));
        }
        return new Rubric(promptId, promptId, "", List.of(), new Scheme.HealthBench(), criteria,
                tags(source, record.get("example_tags"), "example_tags"), source, null);
    }

    private static Criterion criterion(String source, String at, int index, JsonNode item) {
        String text = text(source, item, "criterion", at + "/criterion");
        JsonNode points = item.get("points");
        if (points == null || !points.isIntegralNumber() && !(points.isNumber() && points.doubleValue() == Math.rint(points.doubleValue()))) {
            throw new InvalidInputException(source, at + "/points: " + (points == null ? "missing" : points + " is not an integer"));
        }
        if (points.intValue() == 0) {
            throw new InvalidInputException(source, at + "/points: must not be 0");
        }
        return new Criterion(Integer.toString(index), index, text, points.intValue(), null,
                tags(source, item.get("tags"), at + "/tags"), false, new Check.Judge());
    }

    private static String text(String source, JsonNode object, String name, String at) {
        JsonNode value = object.get(name);
        if (value == null || !value.isString()) {
            throw new InvalidInputException(source, at + ": " + (value == null ? "missing" : "not a string"));
        }
        return value.stringValue();
    }

    /** tags, each once (simple-evals asserts as much) */
    private static List<String> tags(String source, JsonNode array, String at) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidInputException(source, at + ": not an array of strings");
        }
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode tag : array) {
            if (!tag.isString()) {
                throw new InvalidInputException(source, at + ": " + tag + " is not a string");
            }
            if (!seen.add(tag.stringValue())) {
                throw new InvalidInputException(source, at + ": '" + tag.stringValue() + "' is listed twice");
            }
            tags.add(tag.stringValue());
        }
        return tags;
    }
}
