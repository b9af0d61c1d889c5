package org.clinigrade.cxr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricFormulasTest {

    @Test
    void python_rounds_the_exact_binary_value_and_numpy_the_product() {
        // 0.005 is a little above 0.005 in binary, and 0.005 * 100 is exactly 0.5, a tie numpy rounds to even
        assertEquals(0.01, MetricFormulas.pythonRound2(0.005));
        assertEquals(0.0, MetricFormulas.numpyRound2(0.005));
        // 0.015 is a little below; 0.015 * 100 is exactly 1.5, which numpy rounds up to 2
        assertEquals(0.01, MetricFormulas.pythonRound2(0.015));
        assertEquals(0.02, MetricFormulas.numpyRound2(0.015));
    }

    @Test
    void an_exact_tie_goes_to_the_even_digit_in_both() {
        assertEquals(2.12, MetricFormulas.pythonRound2(2.125));
        assertEquals(2.12, MetricFormulas.numpyRound2(2.125));
        assertEquals(2.38, MetricFormulas.numpyRound2(2.375));
    }

    @Test
    void wilson_centre_times_one_minus_half_the_interval() {
        // k = 3, n = 8, z = 1.96: p = 0.375, centre = (0.375 + 0.2401) / 1.4802 = 0.41555..., the interval
        // 0.13684... to 0.69426..., half its width 0.27871...; 0.41555 × 0.72129 = 0.29973...
        assertEquals(0.2997333875825152, MetricFormulas.adjustedWilson(3, 8), 1e-15);
        // k = n = 2: centre (1 + 0.9604) / 2.9208 = 0.67123..., interval 0.34238... to 1, 0.67123 × 0.67119 = 0.45049...
        assertEquals(0.4504906149761725, MetricFormulas.adjustedWilson(2, 2), 1e-15);
    }

    @Test
    void numpy_mean_sums_eight_running_sums_pairwise_from_eight_values_on() {
        double[] nine = {23.43, 99.56, 47.03, 83.65, 47.64, 63.91, 15.06, 63.49, 86.8};
        double inOrder = 0;
        for (double value : nine) {
            inOrder += value;
        }
        assertEquals(58.952222222222225, inOrder / 9);
        assertEquals(58.95222222222222, MetricFormulas.numpyMean(nine));
        assertEquals(2.0, MetricFormulas.numpyMean(new double[] {1, 2, 3}));
    }
}
