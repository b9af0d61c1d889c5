package org.clinigrade.medcalc;

/**
 * A benchmark label as the CSV gives it: the answer and the interval an answer must fall in.
 * Numbers compare by interval ({@code Lower Limit} ≤ x ≤ {@code Upper Limit}); dates and (weeks, days) exactly.
 *
 * @param answer the {@code Ground Truth Answer} as written; "N/A" where the corrected set finds none
 */
record Label(String answer, String lower, String upper) {

    boolean notApplicable() {
        return answer.isBlank() || answer.equals("N/A");
    }

    /** whether {@code value} is within the label's limits; false when the limits are not numbers */
    boolean accepts(double value) {
        try {
            return Double.parseDouble(lower) <= value && value <= Double.parseDouble(upper);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
