package org.clinigrade.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.Step;

/** A result as a person reads it, the one rendering shared by {@code calc} and the tool server. */
public final class ResultText {

    private ResultText() {
    }

    /** the calculator, each step, the value with its interpretation, then any warnings */
    public static List<String> lines(CalculatorDefinition definition, Result result) {
        List<String> lines = new ArrayList<>();
        lines.add(definition.title() + "  [" + definition.id()
                + (definition.medcalcId() == null ? "" : ", MedCalc-Bench " + definition.medcalcId()) + "]");
        for (Step step : result.steps()) {
            lines.add("  " + step.name() + ": " + step.detail());
        }
        String value = result.value() instanceof Answer.Number number
                ? decimal(number.value(), definition.output().decimals())
                : ResultJson.value(result.value(), 0).asString(result.value().toString());
        lines.add("= " + value + (result.unit().isEmpty() ? "" : " " + result.unit())
                + (result.interpretation() == null ? "" : "  (" + result.interpretation() + ")"));
        result.warnings().forEach(w -> lines.add("warning: " + w));
        return lines;
    }

    /** the value to the calculator's decimals, as {@code --json} gives it, without trailing zeros */
    private static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
