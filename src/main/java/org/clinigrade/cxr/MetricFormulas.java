package org.clinigrade.cxr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of CXReasonBench's {@code metric.py}, operation for operation, so that every printed value is the
 * same double. Commons Statistics' Wilson interval is not used: it takes z from the normal quantile
 * (1.959963984…), where {@code metric.py} writes z = 1.96, and the printed values differ in the second decimal.
 */
final class MetricFormulas {

    private static final double Z = 1.96;

    private MetricFormulas() {
    }

    /**
     * {@code metric.py}'s printed value before rounding, a fraction: the Wilson centre times one minus half the width of
     * the interval ({@code wilson_score_n_naive_score}, then {@code score * (1 - ((upper - lower) / 2))}).
     *
     * @param n at least 1
     */
    static double adjustedWilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * (double) n * n));
        double lower = (p + z2 / (2 * n) - spread) / denominator;
        double upper = (p + z2 / (2 * n) + spread) / denominator;
        return centre * (1 - ((upper - lower) / 2));
    }

    /**
     * Python's {@code round(x, 2)} on a float: the exact binary value rounded to two decimals, an exact tie to even.
     * {@code metric.py} rounds a plain score this way ({@code round(float(adjusted) * 100, 2)}).
     */
    static double pythonRound2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * numpy's {@code round(x, 2)}: {@code rint(x * 100) / 100}, half to even on the product. {@code metric.py} rounds
     * the refined scores (numpy floats) and every printed mean this way.
     */
    static double numpyRound2(double x) {
        return Math.rint(x * 100) / 100;
    }

    /**
     * numpy's {@code mean} of a few doubles: its pairwise summation, which below 8 values adds in order and from 8 to
     * 128 adds eight running sums pairwise before the rest, then divides by the count.
     */
    static double numpyMean(double[] values) {
        int n = values.length;
        return numpySum(values) / n;
    }

    private static double numpySum(double[] a) {
        int n = a.length;
        if (n < 8) {
            double sum = 0.;
            for (double value : a) {
                sum += value;
            }
            return sum;
        }
        if (n > 128) {
            throw new IllegalArgumentException("pairwise sum of more than 128 values: not needed for 12 tasks");
        }
        double[] r = new double[8];
        System.arraycopy(a, 0, r, 0, 8);
        int i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (int j = 0; j < 8; j++) {
                r[j] += a[i + j];
            }
        }
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) {
            sum += a[i];
        }
        return sum;
    }
}
