package org.clinigrade.calc;

/**
 * What a calculator gives.
 *
 * @param type       {@code number}, {@code date} or {@code weeks_days}
 * @param fromPoints true if the value is the total of the points the rules award, false if a rule gives it
 */
public record OutputSpec(String type, String unit, int decimals, boolean fromPoints) {

    public boolean isNumber() {
        return type.equals("number");
    }
}
