package org.clinigrade.units;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a quantity as people and datasets write it, and converts it to the unit an input expects:
 * <ul>
 *   <li>{@code [value, "unit"]}, as in MedCalc-Bench ({@code [80.4, "µmol/L"]});</li>
 *   <li>{@code [5, "ft", 8, "in"]}: parts in several units, added up (feet and inches);</li>
 *   <li>{@code {"value": v, "unit": "u"}};</li>
 *   <li>a bare number, read in the expected unit.</li>
 * </ul>
 */
public final class QuantityReader {

    /** One value with the unit it was written in; {@code unit} is null for a bare number. */
    public record Part(double value, String unit) {
    }

    /** The converted value and each conversion that produced it (none if it was given in the expected unit). */
    public record Reading(double value, List<Conversion> conversions) {
    }

    private QuantityReader() {
    }

    /** The parts of a quantity node; the message of the exception says what shape was expected. */
    public static List<Part> parts(JsonNode node) {
        if (node.isNumber()) {
            return List.of(new Part(node.doubleValue(), null));
        }
        if (node.isObject() && node.has("value") && node.get("value").isNumber()
                && node.has("unit") && node.get("unit").isString() && node.size() == 2) {
            return List.of(new Part(node.get("value").doubleValue(), node.get("unit").stringValue()));
        }
        if (node.isArray() && node.size() >= 2 && node.size() % 2 == 0) {
            List<Part> parts = new ArrayList<>();
            for (int i = 0; i < node.size(); i += 2) {
                JsonNode value = node.get(i);
                JsonNode unit = node.get(i + 1);
                if (!value.isNumber() || !unit.isString()) {
                    throw new UnitException(shapeMessage(node));
                }
                parts.add(new Part(value.doubleValue(), unit.stringValue()));
            }
            return parts;
        }
        throw new UnitException(shapeMessage(node));
    }

    private static String shapeMessage(JsonNode node) {
        return "expected a number or [value, \"unit\"], got " + abbreviate(node.toString());
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * Converts {@code parts} to {@code target}. Each part's unit must be one of {@code accepted}.
     *
     * @throws UnitException naming the unit and the accepted ones
     */
    public static Reading convert(List<Part> parts, Unit target, List<Unit> accepted, Substance substance) {
        double total = 0;
        List<Conversion> conversions = new ArrayList<>();
        for (Part part : parts) {
            Unit unit = part.unit() == null ? target : unitOf(part.unit(), target.dimension(), accepted);
            Conversion conversion = Conversion.of(part.value(), unit, target, substance);
            if (!unit.equals(target)) {
                conversions.add(conversion);
            }
            total += conversion.to();
        }
        return new Reading(Numbers.clean(total), conversions);
    }

    private static Unit unitOf(String text, Dimension dimension, List<Unit> accepted) {
        Unit unit = UnitTable.parse(text, dimension).orElseThrow(() -> new UnitException(
                "unit '" + text + "' unknown (expected " + UnitTable.describe(accepted) + ")"));
        if (!accepted.contains(unit)) {
            throw new UnitException("unit '" + text + "' not accepted here (expected " + UnitTable.describe(accepted) + ")");
        }
        return unit;
    }
}
