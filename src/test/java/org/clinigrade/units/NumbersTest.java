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
}
