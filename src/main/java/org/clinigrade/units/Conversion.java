package org.clinigrade.units;

/**
 * One value converted from one unit to another, with how it was done, so the trace can show it.
 *
 * @param how a short human-readable account, e.g. "÷ 88.4 (creatinine, 113.12 g/mol)"
 */
public record Conversion(double from, Unit fromUnit, double to, Unit toUnit, String how) {

    /** Converts {@code value} in {@code from} to {@code to}; {@code substance} is needed only across mass, moles and equivalents. */
    public static Conversion of(double value, Unit from, Unit to, Substance substance) {
        if (from.dimension() != to.dimension()) {
            throw new UnitException("cannot convert " + from + " to " + to);
        }
        if (from.equals(to)) {
            return new Conversion(value, from, value, to, "no conversion");
        }
        double factor = from.dimension() == Dimension.CONCENTRATION
                ? concentrationFactor(from, to, substance)
                : from.factor() / to.factor();
        double converted = Numbers.clean(
                from.dimension() == Dimension.CONCENTRATION ? value * factor : to.fromBase(from.toBase(value)));
        return new Conversion(value, from, converted, to, describe(from, to, factor, substance));
    }

    private static double concentrationFactor(Unit from, Unit to, Substance substance) {
        double perLitre = from.amountScale() / from.volumeScale();
        double grams = toGrams(perLitre, from.amount(), substance, from, to);
        double target = fromGrams(grams, to.amount(), substance, from, to);
        return target * to.volumeScale() / to.amountScale();
    }

    private static double toGrams(double amount, Unit.Amount kind, Substance substance, Unit from, Unit to) {
        return switch (kind) {
            case MASS -> amount;
            case MOLES -> amount * molarMass(substance, from, to);
            case EQUIVALENTS -> amount / valence(substance, from, to) * molarMass(substance, from, to);
        };
    }

    private static double fromGrams(double grams, Unit.Amount kind, Substance substance, Unit from, Unit to) {
        return switch (kind) {
            case MASS -> grams;
            case MOLES -> grams / molarMass(substance, from, to);
            case EQUIVALENTS -> grams / molarMass(substance, from, to) * valence(substance, from, to);
        };
    }

    private static double molarMass(Substance substance, Unit from, Unit to) {
        if (substance == null) {
            throw new UnitException("converting " + from + " to " + to + " needs a substance's molar mass");
        }
        return substance.molarMass();
    }

    private static int valence(Substance substance, Unit from, Unit to) {
        if (substance == null || substance.valence() == 0) {
            throw new UnitException("cannot convert " + from + " to " + to
                    + (substance == null ? "" : ": " + substance.label() + " has no valence"));
        }
        return substance.valence();
    }

    private static String describe(Unit from, Unit to, double factor, Substance substance) {
        if (from.dimension() == Dimension.TEMPERATURE) {
            return from.symbol().equals("°F") ? "(°F − 32) × 5/9" : "°C × 9/5 + 32";
        }
        String operation = factor >= 1 ? "× " + Numbers.format(factor) : "÷ " + Numbers.format(1 / factor);
        boolean crossesAmount = from.amount() != null && from.amount() != to.amount();
        return crossesAmount
                ? operation + "; " + substance.label() + " " + Numbers.format(substance.molarMass()) + " g/mol"
                        + (from.amount() == Unit.Amount.EQUIVALENTS || to.amount() == Unit.Amount.EQUIVALENTS
                                ? ", valence " + substance.valence() : "")
                : operation;
    }

    @Override
    public String toString() {
        return Numbers.format(from) + " " + fromUnit + " → " + Numbers.format(to) + " " + toUnit + " (" + how + ")";
    }
}
