package org.clinigrade.grade;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a model produced for one case, whatever file format it came from.
 *
 * @param id              the case: MedCalc-Bench's Row Number or a native record's id
 * @param calculator      a calculator slug or MedCalc-Bench ID, or null to take the reference's
 * @param answer          the final answer as the model wrote it, or null if it gave none
 * @param harnessAnswer   the answer as MedCalc-Bench's harness extracted and normalised it ({@code LLM Answer}),
 *                        or null for records from elsewhere
 * @param entities        the entities the model extracted, or null
 * @param steps           the model's intermediate steps, empty if it stated none
 * @param reasoning       the model's free-text reasoning or code, or null
 * @param fileVerdict     the verdict the file itself records ("Correct"/"Incorrect"), or null
 * @param reference       a reference given inline with the record, or null to look the id up
 */
public record ModelOutput(String id, String calculator, String answer, String harnessAnswer, JsonNode entities,
                          List<ModelStep> steps, String reasoning, String fileVerdict, InlineReference reference) {

    /** whether the record says anything about how the answer came about */
    public boolean hasProcess() {
        return entities != null || !steps.isEmpty() || (reasoning != null && !reasoning.isBlank());
    }

    /**
     * One intermediate step as the model stated it.
     *
     * @param expression the arithmetic the model wrote for it, or null
     */
    public record ModelStep(String name, Double value, String expression) {
    }

    /**
     * A reference carried by the record itself: the entities the answer must follow from and, optionally, the label.
     *
     * @param label null to compute the label from the entities (numbers within ±5%, as MedCalc-Bench's limits)
     */
    public record InlineReference(JsonNode entities, Label label) {
    }
}
