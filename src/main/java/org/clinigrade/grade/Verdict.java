package org.clinigrade.grade;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The grade of one record: correct or not, the error type, and the evidence for it.
 *
 * @param calculator  the calculator's id, or null for an invalid record that names none
 * @param category    the case's category (lab, risk, …), or null
 * @param correctV1   with corrected labels, the verdict under the v1.0 label where the two labels differ; else null
 * @param fileVerdict whether the file's own verdict says correct; null if it records none
 * @param steps       how the model's steps lined up with the reference trace
 * @param entities    the entity comparison, or null if there was none
 * @param evidence    what the verdict rests on, as written to verdicts.jsonl
 */
public record Verdict(String id, String calculator, Integer medcalcId, String category, boolean correct,
                      ErrorType errorType, Boolean correctV1, Boolean fileVerdict, StepAlignment steps,
                      EntityCheck.Outcome entities, ObjectNode evidence) {

    static Verdict invalid(String id, long line, String reason) {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        evidence.put("line", line);
        evidence.put("reason", reason);
        return new Verdict(id, null, null, null, false, ErrorType.INVALID_RECORD, null, null, StepAlignment.NONE,
                null, evidence);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** the verdict line as a tree, for callers that embed it; written once, by {@link #write}, and read back */
    public ObjectNode toJson() {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        try (JsonGenerator generator = JSON.createGenerator(line)) {
            write(generator);
        }
        return (ObjectNode) JSON.readTree(line.toByteArray());
    }

    /** one line of verdicts.jsonl, without the newline */
    public void write(JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeStringProperty("calculator", calculator);
        if (medcalcId != null) {
            json.writeNumberProperty("medcalc_id", medcalcId.intValue());
        }
        json.writeStringProperty("category", category);
        json.writeBooleanProperty("correct", correct);
        json.writeStringProperty("error_type", errorType.key());
        if (correctV1 != null) {
            json.writeBooleanProperty("correct_v1", correctV1.booleanValue());
        }
        if (fileVerdict != null) {
            json.writeBooleanProperty("file_correct", fileVerdict.booleanValue());
        }
        json.writeName("evidence");
        write(json, evidence);
        json.writeEndObject();
    }

    /**
     * A tree written node by node, as {@code writeTree} would write it: that goes through databind's serializer
     * lookup for every node of every record, a large part of what a large grading run has to compile and run.
     */
    private static void write(JsonGenerator json, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                json.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    json.writeName(property.getKey());
                    write(json, property.getValue());
                }
                json.writeEndObject();
            }
            case ARRAY -> {
                json.writeStartArray();
                for (JsonNode element : node) {
                    write(json, element);
                }
                json.writeEndArray();
            }
            case STRING -> json.writeString(node.stringValue());
            case BOOLEAN -> json.writeBoolean(node.booleanValue());
            case NULL -> json.writeNull();
            default -> json.writeTree(node);
        }
    }
}
