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

    /**
     * How far a stated number may lie from the calculator's {@code value} and still agree with it: ±5%, as MedCalc-Bench's
     * limits, unless the value is a whole-number score ({@code decimals} 0), which must be stated exactly.
     */
    public static double tolerance(double value, int decimals) {
        return decimals == 0 ? 0 : Math.abs(value) * 0.05;
    }

    public boolean isNumber() {
        return type.equals("number");
    }
}
