package org.clinigrade.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"38", "-0", "0", "007", "0.1", "-0.5", "25.238", "123456789012345", "1234567890123456.5",
            "0.00000000000000000000001", "9007199254740993", "1." + "0000000000000000000000001", "99999999999999999999"})
    void plainDecimalsReadExactlyAsTheJdkReadsThem(String text) {
        assertTrue(Numbers.plainDecimal(text));
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(Numbers.plainDecimalValue(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".5", "5.", "-.5", "1e3", "+5", " 5", "5 ", "1.2.3", "1,5", "NaN", "Infinity", "0x10", "٣"})
    void anythingElseIsNotAPlainDecimal(String text) {
        assertFalse(Numbers.plainDecimal(text));
        assertTrue(Double.isNaN(Numbers.plainDecimalValue(text)), text);
    }

    @Test
    void randomDecimalsAgreeBitForBitWithTheJdk() {
        Random random = new Random(20261126);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int whole = 1 + random.nextInt(18);
            for (int i = 0; i < whole; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            int decimals = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(25);
            if (decimals > 0) {
                text.append('.');
                for (int i = 0; i < decimals; i++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String written = text.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(written)),
                    Double.doubleToRawLongBits(Numbers.plainDecimalValue(written)), written);
        }
    }

    /** the middle range of {@link Numbers#format} as it was written first, through Double.toString: the definition */
    private static String formatThroughToString(double value) {
        double magnitude = Math.abs(value);
        int decimals = magnitude >= 1 ? Math.max(0, 4 - (int) Math.log10(magnitude))
                : 3 - (int) Math.floor(Math.log10(magnitude));
        double scale = Math.pow(10, decimals);
        String text = Double.toString(Math.rint(value * scale) / scale);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    @Test
    void numbersAreWrittenAsDoubleToStringWritesThemRounded() {
        // every rounding of a few decimals, through the whole range, either sign
        for (int decimals = 0; decimals <= 6; decimals++) {
            for (long digits = 1; digits < 10_000_000L; digits += digits < 100_000 ? 1 : 13) {
                double value = digits / Math.pow(10, decimals);
                if (value >= 1e-3 && value < 1e7) {
                    assertEquals(formatThroughToString(value), Numbers.format(value), digits + " / 10^" + decimals);
                    assertEquals(formatThroughToString(-value), Numbers.format(-value), "-" + digits + " / 10^" + decimals);
                }
            }
        }
        // and doubles with any digits: binary noise, halves that round, the edges of the range
        Random random = new Random(4511638);
        for (int n = 0; n < 1_000_000; n++) {
            double value = Math.pow(10, -3 + 10 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            if (Math.abs(value) < 1e7) {
                assertEquals(formatThroughToString(value), Numbers.format(value), Double.toString(value));
            }
        }
        for (double edge : new double[] {1e-3, 9999999.4, 9999999.5, 9999.99995, 0.99999995, 10, 100.5, 2.5e-3}) {
            assertEquals(formatThroughToString(edge), Numbers.format(edge), Double.toString(edge));
        }
    }

    @Test
    void numbersBeyondAnyClinicalValueAreWrittenInScientificNotation() {
        assertEquals("1e308", Numbers.format(1e308));
        assertEquals("-2.5e20", Numbers.format(-2.5e20));
        assertEquals("1e15", Numbers.format(1e15));
        assertEquals("1.235e-9", Numbers.format(1.23456e-9));
        assertEquals("4.941e-324", Numbers.format(Double.MIN_VALUE));
        assertEquals("123500000000", Numbers.format(123456789012.0), "a count per litre stays plain");
        assertEquals("0.000001", Numbers.format(1e-6));
    }
}
