package org.clinigrade.rubric;

/**
 * One criterion's verdict on one response.
 *
 * @param met      under the healthbench scheme (for a harm: the harm was done); null under tiered
 * @param level    under the tiered scheme, 0..max_level; null under healthbench
 * @param source   {@code judge} or {@code rule}; {@code judge_failed} when the judge asked gave no readable verdict,
 *                 {@code rule_failed} when a rule could not decide (its calculator cannot be computed on the case's
 *                 entities); met and level are then null
 * @param evidence what the rule found, the judge's explanation, or why the judge failed; may be null
 * @param reply    the judge's reply as it came, when the judge was asked by clinigrade; else null
 */
public record CriterionVerdict(Criterion criterion, Boolean met, Integer level, String source, String evidence,
                               String reply) {

    /** a verdict was reached (by a rule, from a judgments file, or by a judge asked) */
    boolean decided() {
        return met != null || level != null;
    }

    /** a red line is crossed when its harm is done, or when the behaviour it requires is missing */
    boolean crossesRedLine() {
        if (!decided()) {
            return false;
        }
        boolean present = met != null ? met : level > 0;
        return criterion.redLine() && present == criterion.isHarm();
    }
}
