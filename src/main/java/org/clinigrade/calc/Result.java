package org.clinigrade.calc;

import java.util.List;
import org.clinigrade.engine.Step;

/**
 * A calculator's answer with every step that produced it.
 *
 * @param value          rounded to the calculator's output decimals
 * @param interpretation the labels of the interpretation bands the value falls in, or null
 */
public record Result(String calculator, Integer medcalcId, double value, String unit, String interpretation,
                     List<Step> steps, List<String> warnings) {
}
