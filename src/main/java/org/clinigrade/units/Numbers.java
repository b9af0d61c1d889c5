package org.clinigrade.units;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a person reads them in a trace: at most four significant decimals, no trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * {@code value} to 10 significant digits. Converted and derived values pass through here so binary noise
     * does not decide a threshold: 100.4 °F is 38 °C, not 38.000000000000007 °C, and is not "> 38".
     */
    public static double clean(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double scale = Math.pow(10, 9 - (int) Math.floor(Math.log10(Math.abs(value))));
        return Math.rint(value * scale) / scale;
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return "0";
        }
        if (magnitude >= 1e7 || (magnitude < 1e-3 && magnitude != 0)) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        // four decimals below 10, fewer above, four significant digits below 1; Double.toString then gives the
        // shortest plain form of the rounded value, and is fast enough for every step of every evaluation
        int decimals = magnitude >= 1 ? Math.max(0, 4 - (int) Math.log10(magnitude))
                : 3 - (int) Math.floor(Math.log10(magnitude));
        double scale = POWERS_OF_TEN[decimals];
        String text = Double.toString(Math.rint(value * scale) / scale);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /**
     * Whether text is a plain decimal: an optional minus, digits, and optionally a point and more digits ("38",
     * "-0.5", "007"). Most answers are; readers check this before their general patterns.
     */
    public static boolean plainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            int point = ++i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == point) {
                return false;
            }
        }
        return i == text.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};
}
