package org.clinigrade.engine;

/**
 * One line of a result's trace: a unit conversion, a default taken, a criterion scored, an intermediate
 * quantity or the final value.
 *
 * @param name   the rule's name (as the source names the criterion) or what was done
 * @param detail how the value came about, in words and numbers
 * @param value  points, an intermediate value or the final value; null when the step carries none
 * @param kind   what the step is, so a grader can align a model's steps with it
 */
public record Step(String name, String detail, Double value, Kind kind) {

    /** What a step is. */
    public enum Kind {
        /** an input converted or defaulted */
        INPUT,
        /** points awarded (or not) for one criterion */
        POINTS,
        /** an intermediate quantity */
        DERIVED,
        /** the sum of the points */
        TOTAL,
        /** the calculator's value */
        ANSWER
    }
}
