package org.clinigrade.medcalc;

import org.clinigrade.grade.Label;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One row of MedCalc-Bench's test CSV, as far as conformance needs it.
 *
 * @param category         the row's {@code Category} (lab, risk, …), or null if the file has no such column
 * @param entitiesLiteral  the row's {@code Relevant Entities} as the file writes them, a Python literal
 * @param corrected        the physician-corrected label for the row, or null where the corrected set has none
 */
record BenchmarkRow(int rowNumber, int medcalcId, String calculatorName, String category, String entitiesLiteral,
                    Label v1, Label corrected) {

    /**
     * The entities read from their literal, anew on each call (grading that checks only answers never needs them).
     * A literal that cannot be read gives the error as a string node; the caller reports it for this row.
     */
    JsonNode entities() {
        try {
            return PythonLiteral.parse(entitiesLiteral);
        } catch (IllegalArgumentException e) {
            return JsonNodeFactory.instance.stringNode("unreadable entities: " + e.getMessage());
        }
    }
}
