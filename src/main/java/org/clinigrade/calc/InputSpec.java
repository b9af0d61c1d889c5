package org.clinigrade.calc;

import java.util.List;
import java.util.Map;
import org.clinigrade.units.QuantityReader;
import org.clinigrade.units.Substance;
import org.clinigrade.units.Unit;
import tools.jackson.databind.JsonNode;

/**
 * One input of a calculator, read from a property of its input schema.
 *
 * @param key          the canonical key (schema property name), also the fact's name in the rules
 * @param kind         how the input becomes a fact
 * @param unit         for a quantity, the unit the rules see; the unitless unit for a bare number
 * @param accepted     units an entity may be given in (always includes {@code unit})
 * @param substance    for conversions across mass, moles and equivalents; may be null
 * @param entities     MedCalc-Bench names that mean this input
 * @param options      for a choice, each canonical option and its other spellings
 * @param defaultValue taken when the input is not given; null if it has none
 * @param required     whether a missing input is an error
 * @param bounds       the schema's numeric bounds, checked on the converted value
 * @param unitRequired for a quantity, a bare number is refused: its accepted units read one number as different
 *                     amounts ({@link QuantityReader#unitRequired}), and the file does not mark it x-bare-number
 */
public record InputSpec(String key, String title, Kind kind, Unit unit, List<Unit> accepted, Substance substance,
                        List<String> entities, Map<String, List<String>> options, JsonNode defaultValue,
                        boolean required, Bounds bounds, boolean unitRequired) {

    /** How an input becomes a fact. */
    public enum Kind {
        /** a number in a unit: {@link org.clinigrade.engine.facts.Quantity} */
        QUANTITY,
        /** true or false: {@link org.clinigrade.engine.facts.Finding} */
        FINDING,
        /** one of fixed options: {@link org.clinigrade.engine.facts.Choice} */
        CHOICE,
        /** a date, MM/DD/YYYY as MedCalc-Bench writes it or YYYY-MM-DD: {@link org.clinigrade.engine.facts.CalendarDate} */
        DATE
    }

    /** what a valid value looks like, for messages */
    public String expected() {
        return switch (kind) {
            case QUANTITY -> unit.symbol().isEmpty() ? "a number"
                    : "[value, \"unit\"] in " + String.join(" or ", accepted.stream().map(Unit::symbol).toList());
            case FINDING -> "true or false";
            case CHOICE -> "one of " + String.join(", ", options.keySet());
            case DATE -> "a date as MM/DD/YYYY or YYYY-MM-DD";
        };
    }

    /** {@link #expected()} and, for a quantity with a unit, whether a bare number is taken */
    public String expectedWithBareNumberRule() {
        if (kind != Kind.QUANTITY || unit.symbol().isEmpty()) {
            return expected();
        }
        return expected() + (unitRequired ? " (a bare number is refused: the unit must be given)"
                : " (a bare number is read in " + unit.symbol() + ")");
    }
}
