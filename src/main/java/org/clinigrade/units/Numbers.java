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
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal decimal = Math.abs(value) >= 1
                ? BigDecimal.valueOf(value).setScale(Math.max(0, 4 - (int) Math.log10(Math.abs(value))),
                        java.math.RoundingMode.HALF_UP)
                : BigDecimal.valueOf(value).round(new MathContext(4));
        return decimal.stripTrailingZeros().toPlainString();
    }
}
