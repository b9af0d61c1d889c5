package org.clinigrade.grade;

import org.clinigrade.lines.JsonBytes;
import tools.jackson.databind.json.JsonMapper;
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
 * @param evidenceJson what the verdict rests on, the JSON object written to verdicts.jsonl; the grader writes it as
 *                     it goes, since a tree for every record of a large run costs more than the rest of the verdict
 */
public record Verdict(String id, String calculator, Integer medcalcId, String category, boolean correct,
                      ErrorType errorType, Boolean correctV1, Boolean fileVerdict, StepAlignment steps,
                      EntityCheck.Outcome entities, byte[] evidenceJson) {

    static Verdict invalid(String id, long line, String reason) {
        JsonBytes evidence = new JsonBytes(64).startObject();
        evidence.name("line").number(line);
        evidence.name("reason").string(reason);
        return new Verdict(id, null, null, null, false, ErrorType.INVALID_RECORD, null, null, StepAlignment.NONE,
                null, evidence.endObject().toByteArray());
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** the evidence as a tree, for callers that look inside it */
    public ObjectNode evidence() {
        return (ObjectNode) JSON.readTree(evidenceJson);
    }

    /** the verdict line as a tree, for callers that embed it; written once, by {@link #write}, and read back */
    public ObjectNode toJson() {
        return (ObjectNode) JSON.readTree(toLine());
    }

    /** the line of verdicts.jsonl, without the newline */
    public byte[] toLine() {
        JsonBytes line = new JsonBytes(512);
        write(line);
        return line.toByteArray();
    }

    /** one line of verdicts.jsonl, without the newline */
    void write(JsonBytes json) {
        json.startObject();
        json.name("id").string(id);
        json.name("calculator").string(calculator);
        if (medcalcId != null) {
            json.name("medcalc_id").number(medcalcId.intValue());
        }
        json.name("category").string(category);
        json.name("correct").bool(correct);
        json.name("error_type").string(errorType.key());
        if (correctV1 != null) {
            json.name("correct_v1").bool(correctV1.booleanValue());
        }
        if (fileVerdict != null) {
            json.name("file_correct").bool(fileVerdict.booleanValue());
        }
        json.name("evidence").json(evidenceJson);
        json.endObject();
    }
}
