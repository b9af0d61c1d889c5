package org.clinigrade.rubric;

/**
 * One criterion's verdict on one response.
 *
 * @param met      under the healthbench scheme (for a harm: the harm was done); null under tiered
 * @param level    under the tiered scheme, 0..max_level; null under healthbench
 * @param source   {@code judge} or {@code rule}
 * @param evidence what the rule found, or the judge's explanation; may be null
 */
public record CriterionVerdict(Criterion criterion, Boolean met, Integer level, String source, String evidence) {

    /** a red line is crossed when its harm is done, or when the behaviour it requires is missing */
    boolean crossesRedLine() {
        boolean present = met != null ? met : level > 0;
        return criterion.redLine() && present == criterion.isHarm();
    }
}
