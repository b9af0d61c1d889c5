package org.clinigrade.rubric.facts;

/**
 * A deterministic criterion, for its rules to match.
 *
 * @param harm    met means the answer did what it must not
 * @param redLine its verdict is recorded as a red line (and, when met, caps the score at 0)
 */
public record CriterionFact(String id, boolean harm, boolean redLine) {
}
