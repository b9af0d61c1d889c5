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
 *   <li>a bare number, read in the expected unit, where the input allows one ({@link #unitRequired}).</li>
 * </ul>
 */
public final class QuantityReader {

    /** One value with the unit it was written in; {@code unit} is null for a bare number. */
    public record Part(double value, String unit) {
    }

    /**
     * The converted value and each conversion that produced it (none if it was given in the expected unit).
     *
     * @param cautions what looks like a slip in a value still read (20 in beside 5 ft), for a warning
     */
    public record Reading(double value, List<Conversion> conversions, List<String> cautions) {
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
     * Whether an input refuses a bare number: when a unit it accepts reads the same number as a different amount
     * (1.2 mg/dL of creatinine is not 1.2 µmol/L, 38 °C is not 38 °F), a number without its unit could mean either.
     * An input with one unit, or whose units all read a number alike (sodium in mmol/L or mEq/L), takes a bare
     * number in its unit, and so does an age in years, the unit an age is stated in unless another is written.
     */
    public static boolean unitRequired(Unit target, List<Unit> accepted, Substance substance) {
        if (UnitTable.impliedWhenUnstated(target)) {
            return false;
        }
        return accepted.stream().anyMatch(unit -> !readsAlike(unit, target, substance));
    }

    /** a value in {@code unit} is the same number in {@code target}: the conversion is the identity */
    private static boolean readsAlike(Unit unit, Unit target, Substance substance) {
        return Conversion.of(0, unit, target, substance).to() == 0 && Conversion.of(1, unit, target, substance).to() == 1;
    }

    /** @throws UnitException if a part is a bare number, saying how to give it with a unit */
    public static void requireUnits(List<Part> parts, Unit target, List<Unit> accepted) {
        for (Part part : parts) {
            if (part.unit() == null) {
                List<String> others = accepted.stream().filter(unit -> !unit.equals(target)).map(Unit::symbol).toList();
                String value = Numbers.format(part.value());
                throw new UnitException("a bare number " + value + " does not say its unit: give [" + value + ", \""
                        + target.symbol() + "\"], or [value, \"unit\"] in " + String.join(" or ", others));
            }
        }
    }

    /**
     * Converts {@code parts} to {@code target}. Each part's unit must be one of {@code accepted}.
     *
     * @throws UnitException naming the unit and the accepted ones
     */
    public static Reading convert(List<Part> parts, Unit target, List<Unit> accepted, Substance substance) {
        double total = 0;
        List<Conversion> conversions = new ArrayList<>();
        String caution = null;
        Unit previous = null;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Unit unit = part.unit() == null ? target : unitOf(part.unit(), target.dimension(), accepted);
            Conversion conversion = Conversion.of(part.value(), unit, target, substance);
            if (!unit.equals(target)) {
                conversions.add(conversion);
            }
            total += conversion.to();
            if (caution == null && previous != null) {
                caution = overflow(parts.get(i - 1), previous, part, unit, substance);
            }
            previous = unit;
        }
        double value = Numbers.clean(total);
        return new Reading(value, conversions, caution == null ? List.of()
                : List.of(caution + "; added as given: " + Numbers.format(value) + " " + target.symbol()));
    }

    /** a part that makes a whole of the larger unit before it (20 in beside 5 ft), as people do not write it */
    private static String overflow(Part larger, Unit largerUnit, Part part, Unit unit, Substance substance) {
        double whole = Conversion.of(1, largerUnit, unit, substance).to();
        if (whole <= 1 || Math.abs(part.value()) < whole) {
            return null;
        }
        return Numbers.format(part.value()) + " " + unit.symbol() + " beside " + Numbers.format(larger.value()) + " "
                + largerUnit.symbol() + " is " + Numbers.format(whole) + " " + unit.symbol() + " or more";
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
