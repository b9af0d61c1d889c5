package org.clinigrade.units;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as a person reads them in a trace: at most four significant decimals, no trailing zeros; beyond any
 * clinical value (10^15 and more, below 10^-6) in scientific notation, so a mistyped 1e308 stays short.
 */
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
        if (magnitude >= 1e15 || magnitude < 1e-6) {
            // four significant digits with a negative scale or an exponent below -6: BigDecimal writes "1.235E-7"
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toString()
                    .replace("E+", "e").replace('E', 'e');
        }
        if (magnitude >= 1e7 || magnitude < 1e-3) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        // four decimals below 10, fewer above, four significant digits below 1; Double.toString then gives the
        // shortest plain form of the rounded value, and is fast enough for every step of every evaluation
        int decimals = magnitude >= 1 ? Math.max(0, 4 - (int) Math.log10(magnitude))
                : 3 - (int) Math.floor(Math.log10(magnitude));
        double scale = POWERS_OF_TEN[decimals];
        double digits = Math.rint(value * scale);
        if (Math.abs(digits) < 1e7) {
            return pointed((long) digits, decimals);
        }
        String text = Double.toString(digits / scale);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /**
     * {@code digits / 10^decimals} as {@link Double#toString} writes it, less a ".0". A whole number below 10^7 has at
     * most seven significant digits, so the shortest decimal that tells its quotient apart from the doubles beside it
     * is those digits with the point put back (NumbersTest checks this against Double.toString for every one of
     * them); writing them out spares every grading verdict the general conversion.
     */
    private static String pointed(long digits, int decimals) {
        char[] text = new char[24];
        int at = text.length;
        long rest = Math.abs(digits);
        int place = 0;
        while (place < decimals && rest % 10 == 0) {
            rest /= 10;
            place++;
        }
        boolean fraction = place < decimals;
        for (; place < decimals; place++) {
            text[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        if (fraction) {
            text[--at] = '.';
        }
        do {
            text[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        if (digits < 0) {
            text[--at] = '-';
        }
        return new String(text, at, text.length - at);
    }

    /**
     * Whether text is a plain decimal: an optional minus, digits, and optionally a point and more digits ("38",
     * "-0.5", "007"). Most answers are; readers check this before their general patterns.
     */
    public static boolean plainDecimal(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > start) {
                point = i;
            } else if (!isDigit(c)) {
                return false;
            }
        }
        return length > start && point != length - 1;
    }

    /**
     * The value of a {@link #plainDecimal plain decimal}, exactly as {@link Double#parseDouble} gives it, or NaN for
     * any other text. Up to 15 significant digits and 22 decimals, the digits as a whole number divided by a power
     * of ten is that value: both are exact doubles and one division rounds correctly (Clinger's fast path). Grading
     * reads a number or two from every record, and the general parser is many times slower.
     */
    public static double plainDecimalValue(String text) {
        if (!plainDecimal(text)) {
            return Double.NaN;
        }
        boolean negative = text.charAt(0) == '-';
        long digits = 0;
        int significant = 0;
        int decimals = 0;
        boolean fraction = false;
        for (int i = negative ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                fraction = true;
                continue;
            }
            if (digits != 0 || c != '0') {
                significant++;
            }
            digits = digits * 10 + (c - '0');
            if (fraction) {
                decimals++;
            }
        }
        if (significant > 15 || decimals >= POWERS_OF_TEN.length) {
            return Double.parseDouble(text);
        }
        double value = digits / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    /** 10^0 … 10^22, the powers of ten a double holds exactly */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
            1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
