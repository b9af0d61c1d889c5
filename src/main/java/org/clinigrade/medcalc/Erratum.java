package org.clinigrade.medcalc;

/**
 * Why clinigrade and a benchmark label disagree on one row.
 *
 * @param category {@code label_error} (the label is clinically wrong), {@code entity_error} (the row's extracted
 *                 entities are wrong or ambiguous) or {@code convention} (a documented difference of convention)
 */
record Erratum(int row, String calculator, String category, String reason) {
}
