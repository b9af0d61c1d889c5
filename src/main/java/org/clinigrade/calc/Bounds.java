package org.clinigrade.calc;

import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;

/**
 * The numeric keywords of an input's schema ({@code minimum}, {@code exclusiveMinimum}, {@code maximum},
 * {@code exclusiveMaximum}, {@code "type": "integer"}), checked natively on every evaluation. The calculator-file
 * schema allows no other keyword on an input that judges a number, so this check is the JSON Schema's check;
 * {@code BoundsTest} holds it to networknt's verdicts.
 */
public record Bounds(Double minimum, Double exclusiveMinimum, Double maximum, Double exclusiveMaximum, boolean integer) {

    static Bounds of(JsonNode schema) {
        return new Bounds(number(schema, "minimum"), number(schema, "exclusiveMinimum"), number(schema, "maximum"),
                number(schema, "exclusiveMaximum"), "integer".equals(schema.path("type").asString("")));
    }

    private static Double number(JsonNode schema, String keyword) {
        return schema.has(keyword) ? schema.get(keyword).doubleValue() : null;
    }

    /**
     * What is wrong with {@code value}, or null if nothing.
     *
     * @param unit    the canonical unit as written after a number (" kg"), or ""
     * @param givenAs how the value was written if it was converted (" (given as [-150,\"lbs\"])"), or ""
     */
    String violation(double value, String unit, String givenAs) {
        String shown = Numbers.format(value) + unit + givenAs;
        if (integer && value != Math.rint(value)) {
            return shown + " is not a whole number";
        }
        if (minimum != null && value < minimum) {
            return shown + " is below the minimum " + Numbers.format(minimum) + unit;
        }
        if (exclusiveMinimum != null && value <= exclusiveMinimum) {
            return shown + " must be greater than " + Numbers.format(exclusiveMinimum) + unit;
        }
        if (maximum != null && value > maximum) {
            return shown + " is above the maximum " + Numbers.format(maximum) + unit;
        }
        if (exclusiveMaximum != null && value >= exclusiveMaximum) {
            return shown + " must be less than " + Numbers.format(exclusiveMaximum) + unit;
        }
        return null;
    }
}
