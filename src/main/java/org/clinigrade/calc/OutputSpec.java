package org.clinigrade.calc;

/**
 * What a calculator gives.
 *
 * @param type       {@code number}, {@code date} or {@code weeks_days}
 * @param fromPoints     true if the value is the total of the points the rules award, false if a rule gives it
 * @param answerQuantity the derived quantity that is the value (a shared rule's, such as the anion gap), or null
 */
public record OutputSpec(String type, String unit, int decimals, boolean fromPoints, String answerQuantity) {

    public OutputSpec(String type, String unit, int decimals, boolean fromPoints) {
        this(type, unit, decimals, fromPoints, null);
    }

    public boolean isNumber() {
        return type.equals("number");
    }
}
