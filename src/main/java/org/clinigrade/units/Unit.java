package org.clinigrade.units;

import java.util.Objects;

/**
 * A unit of one {@link Dimension}. {@code factor} and {@code offset} take a value to the dimension's base unit
 * (kg, m, °C, years, per L, mmHg, per minute, s). Concentrations carry their parts instead, because moving
 * between mass, moles and equivalents needs the substance.
 *
 * @param symbol      how the unit is written in results and messages
 * @param amount      for a concentration, what the numerator counts; otherwise null
 * @param amountScale for a concentration, the numerator's scale (mg = 1e-3 g, mmol = 1e-3 mol)
 * @param volumeScale for a concentration or a count, the denominator volume in litres
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset,
                   Amount amount, double amountScale, double volumeScale) {

    /** What the numerator of a concentration counts. */
    public enum Amount { MASS, MOLES, EQUIVALENTS }

    static Unit linear(String symbol, Dimension dimension, double factor) {
        return new Unit(symbol, dimension, factor, 0, null, 0, 0);
    }

    static Unit concentration(String symbol, Amount amount, double amountScale, double volumeScale) {
        return new Unit(symbol, Dimension.CONCENTRATION, amountScale / volumeScale, 0, amount, amountScale, volumeScale);
    }

    /** the value in the dimension's base unit */
    double toBase(double value) {
        return value * factor + offset;
    }

    double fromBase(double base) {
        return (base - offset) / factor;
    }

    /*
     * equals and hashCode are written out: a record's own are linked through method handles on first use, which
     * on Java 17 generates some seventy classes at every start, and then keeps the optimising compiler busy with
     * the bytecode generator that made them.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Unit unit && Objects.equals(symbol, unit.symbol) && dimension == unit.dimension
                && Double.compare(factor, unit.factor) == 0 && Double.compare(offset, unit.offset) == 0
                && amount == unit.amount && Double.compare(amountScale, unit.amountScale) == 0
                && Double.compare(volumeScale, unit.volumeScale) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, dimension, factor, offset, amount, amountScale, volumeScale);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
