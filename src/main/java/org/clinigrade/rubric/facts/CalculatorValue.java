package org.clinigrade.rubric.facts;

import org.clinigrade.units.Numbers;

/**
 * A calculator computed on the case's entities, for one criterion.
 *
 * @param low  the lowest value an answer may state and agree with it (the calculator's tolerance)
 * @param high the highest
 */
public record CalculatorValue(String criterion, String calculator, double value, String text, double low,
                              double high) {

    /** {@code cha2ds2-vasc gives 4} */
    public String evidence() {
        return calculator + " gives " + text + (low == high ? "" : " (agreeing from " + Numbers.format(low) + " to "
                + Numbers.format(high) + ")");
    }
}
