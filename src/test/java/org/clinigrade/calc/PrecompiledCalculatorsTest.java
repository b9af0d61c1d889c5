package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.engine.RuleSource;
import org.junit.jupiter.api.Test;

class PrecompiledCalculatorsTest {

    @Test
    void the_build_precompiles_every_calculators_assembled_rules() {
        assertTrue(CalculatorCatalog.bundled().allPrecompiled());
    }

    @Test
    void the_assembled_rules_hold_the_ladders_and_shared_rules_in_place_of_their_markers() throws Exception {
        RuleSource apache = CalculatorCatalog.bundled().ruleSource("apache-ii");
        String text = apache.text();

        assertTrue(Files.readString(Path.of("rules/calculators/apache-ii.drl")).contains("// @ladder temperature"));
        assertTrue(!text.contains("// @"), "no marker is left");
        assertTrue(text.indexOf("rule \"Temperature ≥ 41 °C (+4)\"") < text.indexOf("rule \"Mean arterial pressure (given)\""));
        assertTrue(text.indexOf("rule \"Age ≥ 75 years (+6)\"") < text.indexOf("rule \"Temperature ≥ 41 °C (+4)\""));
        String anionGap = CalculatorCatalog.bundled().ruleSource("anion-gap").text();
        assertTrue(anionGap.contains("rule \"Anion gap\""));
    }
}
