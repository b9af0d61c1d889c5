package org.clinigrade.rubric;

/**
 * What the rules found for one deterministic criterion on one response.
 *
 * @param criterionId the criterion's id
 * @param met         for a harm: the harm was done
 * @param evidence    what was found and where (the phrase and its position, the negation, the calculator's value)
 */
public record RuleVerdict(String criterionId, boolean met, String evidence) {
}
