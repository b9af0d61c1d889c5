package org.clinigrade.medcalc;

import tools.jackson.databind.node.ObjectNode;

/**
 * Why clinigrade and a benchmark label disagree on one row.
 *
 * @param category          {@code label_error} (the label is clinically wrong), {@code entity_error} (the row's
 *                          extracted entities are wrong or ambiguous) or {@code convention} (a documented difference
 *                          of convention)
 * @param conventionInputs  the calculator inputs that select the convention a label used ({@code {"method":
 *                          "naegele-calendar"}}), so the run can check that they reproduce it; null if none
 */
record Erratum(int row, String calculator, String category, String reason, ObjectNode conventionInputs) {
}
