package org.clinigrade.rubric;

/**
 * What the rules found for one deterministic criterion on one response.
 *
 * @param criterionId the criterion's id
 * @param met         for a harm: the harm was done; null when the criterion could not be checked (a calculator
 *                    that cannot be computed on the case's entities), the evidence then saying why
 * @param evidence    what was found and where (the phrase and its position, the negation, the calculator's value)
 */
public record RuleVerdict(String criterionId, Boolean met, String evidence) {
}
