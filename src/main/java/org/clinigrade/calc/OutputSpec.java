package org.clinigrade.calc;

/**
 * What a calculator gives.
 *
 * @param fromPoints true if the value is the total of the points the rules award, false if a rule gives it
 */
public record OutputSpec(String unit, int decimals, boolean fromPoints) {
}
