package org.clinigrade.calc;

import java.util.List;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.Step;

/**
 * A calculator's answer with every step that produced it.
 *
 * @param value          a number (rounded to the calculator's output decimals), a date or (weeks, days), as the
 *                       output type says
 * @param interpretation the labels of the interpretation bands the value falls in, or null
 */
public record Result(String calculator, Integer medcalcId, Answer value, String unit, String interpretation,
                     List<Step> steps, List<String> warnings) {

    /** the value of a calculator whose output is a number */
    public double number() {
        if (value instanceof Answer.Number number) {
            return number.value();
        }
        throw new IllegalStateException(calculator + " gives " + value.getClass().getSimpleName() + ", not a number");
    }
}
