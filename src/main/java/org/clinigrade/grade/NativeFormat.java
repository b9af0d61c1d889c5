package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinigrade.lines.InvalidRecordException;
import org.clinigrade.units.JsonSyntax;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * clinigrade's own record format, one JSON object per line, as {@code grade/model-output.schema.json} documents it:
 * {@code id}, {@code calculator}, {@code answer}, and optionally {@code entities}, {@code steps}, {@code reasoning}
 * and an inline {@code reference}.
 */
public final class NativeFormat implements OutputFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("id", "calculator", "answer", "entities", "steps", "reasoning",
            "reference");

    @Override
    public ModelOutput read(byte[] line, int offset, int length, boolean withProcess) {
        JsonNode record;
        try {
            record = JSON.readTree(line, offset, length);
        } catch (JacksonException e) {
            throw new InvalidRecordException(null, "not JSON" + JsonSyntax.where(e) + ": " + JsonSyntax.problem(e));
        }
        if (record == null || !record.isObject()) {
            throw new InvalidRecordException(null, "expected a JSON object, got " + (record == null ? "nothing" : record.getNodeType()));
        }
        String id = id(record);
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new InvalidRecordException(id, "unknown field '" + field.getKey() + "' (expected " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        if (!record.has("answer")) {
            throw new InvalidRecordException(id, "'answer' is missing (null if the model gave none)");
        }
        return new ModelOutput(id, text(record, id, "calculator"), answer(record.get("answer"), id), null,
                withProcess ? object(record, id, "entities") : null,
                withProcess ? steps(record.get("steps"), id) : List.of(),
                withProcess ? text(record, id, "reasoning") : null, null, reference(record.get("reference"), id));
    }

    private static String id(JsonNode record) {
        JsonNode id = record.get("id");
        if (id == null || !(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()) {
            throw new InvalidRecordException(null, "'id' must be a non-empty string or an integer, got " + id);
        }
        return id.asString();
    }

    /** text as written, a number as its text, (weeks, days) from {"weeks": w, "days": d} */
    private static String answer(JsonNode answer, String id) {
        if (answer.isNull()) {
            return null;
        }
        if (answer.isString() || answer.isNumber()) {
            return answer.asString();
        }
        if (answer.isObject() && answer.path("weeks").isIntegralNumber() && answer.path("days").isIntegralNumber()) {
            return "(" + answer.get("weeks").asString() + ", " + answer.get("days").asString() + ")";
        }
        throw new InvalidRecordException(id, "'answer' must be text, a number, {\"weeks\", \"days\"} or null, got " + answer);
    }

    private static String text(JsonNode record, String id, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() || (field.equals("calculator") && value.isIntegralNumber())) {
            return value.asString();
        }
        throw new InvalidRecordException(id, "'" + field + "' must be text, got " + value.getNodeType());
    }

    private static JsonNode object(JsonNode record, String id, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidRecordException(id, "'" + field + "' must be an object, got " + value.getNodeType());
        }
        return value;
    }

    private static List<ModelOutput.ModelStep> steps(JsonNode steps, String id) {
        if (steps == null || steps.isNull()) {
            return List.of();
        }
        if (!steps.isArray()) {
            throw new InvalidRecordException(id, "'steps' must be an array of {name, value, expression}");
        }
        List<ModelOutput.ModelStep> read = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (!step.path("name").isString() || !(step.path("value").isNumber() || step.path("value").isNull())
                    || !(step.path("expression").isMissingNode() || step.path("expression").isString())) {
                throw new InvalidRecordException(id, "steps[" + i + "] must be {\"name\": text, \"value\": number, "
                        + "\"expression\": optional text}, got " + step);
            }
            Double value = step.path("value").isNumber() ? step.get("value").doubleValue() : null;
            read.add(new ModelOutput.ModelStep(step.get("name").stringValue(), value,
                    step.has("expression") ? step.get("expression").stringValue() : null));
        }
        return List.copyOf(read);
    }

    private static ModelOutput.InlineReference reference(JsonNode reference, String id) {
        if (reference == null || reference.isNull()) {
            return null;
        }
        if (!reference.isObject() || !reference.path("entities").isObject()) {
            throw new InvalidRecordException(id, "'reference' must be {\"entities\": {...}, optional \"answer\", \"lower\", \"upper\"}");
        }
        Label label = null;
        if (reference.has("answer")) {
            String answer = reference.get("answer").asString();
            label = new Label(answer, reference.path("lower").asString(answer), reference.path("upper").asString(answer));
        }
        return new ModelOutput.InlineReference(reference.get("entities"), label);
    }
}
