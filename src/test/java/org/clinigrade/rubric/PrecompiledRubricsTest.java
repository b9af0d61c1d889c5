package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrecompiledRubricsTest {

    @Test
    void every_shipped_rubric_finds_its_rules_compiled_at_build_time_hand_written_ones_included() {
        for (Rubric rubric : RubricFiles.bundled()) {
            assertTrue(RubricRules.of(rubric).precompiled(), rubric.id());
        }
    }
}
