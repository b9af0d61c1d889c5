package org.clinigrade.medcalc;

import org.clinigrade.grade.Label;

import tools.jackson.databind.JsonNode;

/**
 * One row of MedCalc-Bench's test CSV, as far as conformance needs it.
 *
 * @param category  the row's {@code Category} (lab, risk, …), or null if the file has no such column
 * @param entities  the row's {@code Relevant Entities}, read from its Python literal
 * @param corrected the physician-corrected label for the row, or null where the corrected set has none
 */
record BenchmarkRow(int rowNumber, int medcalcId, String calculatorName, String category, JsonNode entities, Label v1,
                    Label corrected) {
}
