package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArithmeticTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "(140 - 83) * 67.2 / (72 * 1.4) | 38.0",
        "2 ** 3 ** 2 | 512",
        "-2 ** 2 | -4",
        "2 ^ -1 | 0.5",
        "141 × min(0.475/0.7, 1) ** -0.329 ÷ 2 | 80.0929",
        "math.sqrt(16) + max(1, 2, 3) | 7",
        "round(2.5) + round(3.14159, 2) | 5.14",
        "1.5e2 / 3 | 50",
        "[(140-45)*48.714*0.85]/(72*0.7) | 78.0487",
        "{2 * [3 + (4 - 1)]} / 4 | 3",
    })
    void evaluates(String expression, double expected) {
        assertEquals(expected, Arithmetic.evaluate(expression), 1e-4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"__import__('os')", "1 / 0", "2 +", "(1 + 2", "open(1)", "x", "1 2", "[1 + 2)", "{1 + 2]", "(1 + 2]"})
    void rejects_anything_else(String expression) {
        assertThrows(IllegalArgumentException.class, () -> Arithmetic.evaluate(expression));
    }

    @org.junit.jupiter.api.Test
    void bounds_nesting_and_length() {
        assertThrows(IllegalArgumentException.class, () -> Arithmetic.evaluate("(".repeat(100) + "1" + ")".repeat(100)));
        assertThrows(IllegalArgumentException.class, () -> Arithmetic.evaluate("1+".repeat(1500) + "1"));
    }
}
