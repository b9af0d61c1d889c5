package org.clinigrade.medcalc;

/**
 * What happened to one benchmark row.
 *
 * @param calculator      the calculator's id, or null if clinigrade has no calculator for the row's ID
 * @param ours            our value as the JSON result writes it, or null on error
 * @param error           why the row could not be computed, or null
 * @param v1Agrees        whether our value is within the v1.0 label's limits
 * @param correctedAgrees whether it is within the corrected label's limits; null where there is no comparable label
 * @param erratum         the explanation of a disagreement, or null
 * @param underConvention the same comparisons with the erratum's convention inputs; null if it names none
 */
record RowOutcome(BenchmarkRow row, String calculator, String ours, String error, boolean v1Agrees,
                  Boolean correctedAgrees, Erratum erratum, Agreement underConvention) {

    /** agreement with each label set; corrected is null where there is no comparable corrected label */
    record Agreement(boolean v1, Boolean corrected) {
    }

    boolean implemented() {
        return calculator != null;
    }

    boolean disagrees() {
        return error != null || !v1Agrees || Boolean.FALSE.equals(correctedAgrees);
    }

    /** a disagreement without an erratum, or with a convention that does not reproduce either label it claims to */
    boolean unexplained() {
        return implemented() && disagrees() && (erratum == null || conventionFails());
    }

    private boolean conventionFails() {
        return underConvention != null && !(underConvention.v1() && !v1Agrees)
                && !(Boolean.TRUE.equals(underConvention.corrected()) && Boolean.FALSE.equals(correctedAgrees));
    }

    /** agrees with the corrected label as computed, or under the convention its erratum shows the label used */
    boolean correctedAgreesUnderItsConvention() {
        return Boolean.TRUE.equals(correctedAgrees)
                || (underConvention != null && Boolean.TRUE.equals(underConvention.corrected()));
    }

    /** an error of the engine itself, as opposed to entities it rejects */
    boolean internalError() {
        return error != null && error.startsWith("internal error");
    }

    /** the row's entities are documented as not matching its note, so a label computed from the note is not comparable */
    boolean entityError() {
        return erratum != null && erratum.category().equals("entity_error");
    }

    boolean correctedNotApplicable() {
        return row.corrected() != null && row.corrected().notApplicable();
    }
}
