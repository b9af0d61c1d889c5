package org.clinigrade.rubric;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * A run's score as simple-evals' {@code _compute_clipped_stats} gives it: the mean of the example scores clipped to
 * [0, 1], their number, and the bootstrap standard deviation: 1,000 resamples of the examples with replacement, each
 * mean clipped, and the population standard deviation of those means ({@code np.std}, ddof 0). simple-evals draws
 * from numpy's global generator, unseeded; here a seeded XoRoShiRo128++ draws, so a rerun gives the same figures.
 *
 * @param score        null when there are no scores
 * @param bootstrapStd null when there are no scores
 */
public record ClippedMean(Double score, Double bootstrapStd, int nSamples) {

    static final int RESAMPLES = 1000;

    /** @param seed each statistic draws from its own generator with this seed, whatever else the run computes */
    public static ClippedMean of(double[] values, long seed) {
        int n = values.length;
        if (n == 0) {
            return new ClippedMean(null, null, 0);
        }
        XoRoShiRo128PlusPlus random = (XoRoShiRo128PlusPlus) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        long rejectBelow = (1L << 32) % n;
        StandardDeviation spread = StandardDeviation.create().setBiased(true);
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                // the index Commons RNG's DiscreteUniformSampler draws (Lemire's method: a 32-bit draw times n, its
                // high half, drawn again in the rare case that would bias it), written out because a run's bootstraps
                // draw tens of millions of indices and the client compiler inlines neither of the sampler's two
                // interface calls a draw: the bootstrap took twice as long. ClippedMeanTest holds it to the sampler.
                long m;
                do {
                    m = (random.nextInt() & 0xFFFFFFFFL) * n;
                } while ((m & 0xFFFFFFFFL) < rejectBelow);
                sum += values[(int) (m >>> 32)];
            }
            spread.accept(clip(sum / n));
        }
        return new ClippedMean(clippedMean(values), spread.getAsDouble(), n);
    }

    static double clippedMean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return clip(sum / values.length);
    }

    private static double clip(double mean) {
        return Math.max(0, Math.min(1, mean));
    }
}
