package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteUniformSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bootstrap's written-out index draws are Commons RNG's DiscreteUniformSampler's, draw for draw. */
class ClippedMeanTest {

    @ParameterizedTest(name = "{0} examples")
    @ValueSource(ints = {1, 2, 3, 7, 8, 64, 1000, 4096, 4999, 5000})
    void the_bootstrap_draws_what_the_library_sampler_draws(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = (i * 37 % 101) / 50.0 - 0.5; // some below 0 and above 1, so clipping matters
        }
        assertEquals(bySampler(values, 11), ClippedMean.of(values, 11).bootstrapStd());
    }

    /** the bootstrap as the library's sampler draws it */
    private static double bySampler(double[] values, long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        SharedStateDiscreteSampler index = DiscreteUniformSampler.of(random, 0, values.length - 1);
        StandardDeviation spread = StandardDeviation.create().setBiased(true);
        for (int r = 0; r < ClippedMean.RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[index.sample()];
            }
            spread.accept(Math.max(0, Math.min(1, sum / values.length)));
        }
        return spread.getAsDouble();
    }
}
