package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrecompiledRulesTest {

    @Test
    void precompiled_rules_are_not_used_for_any_other_text() throws IOException {
        String edited = Files.readString(Path.of("rules/calculators/cha2ds2-vasc.drl")) + "\n// edited\n";

        assertTrue(PrecompiledRules.find("calculators/cha2ds2-vasc.drl", edited).isEmpty());
    }

    @Test
    void rules_that_were_never_precompiled_are_not_found() {
        assertTrue(PrecompiledRules.find("calculators/no-such-calculator.drl", "").isEmpty());
    }
}
