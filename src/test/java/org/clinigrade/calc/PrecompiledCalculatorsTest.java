package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinigrade.engine.PrecompiledRules;
import org.clinigrade.engine.RuleSource;
import org.junit.jupiter.api.Test;

class PrecompiledCalculatorsTest {

    @Test
    void the_build_precompiles_every_calculators_assembled_rules() {
        Map<String, RuleSource> sources = CalculatorCatalog.bundled().ruleSources();

        assertEquals(55, sources.size());
        List<String> missing = sources.entrySet().stream()
                .filter(s -> PrecompiledRules.find(s.getKey(), s.getValue().text()).isEmpty()).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void the_assembled_rules_hold_the_ladders_and_shared_rules_in_place_of_their_markers() throws Exception {
        RuleSource apache = CalculatorCatalog.bundled().ruleSources().get("calculators/apache-ii.drl");
        String text = apache.text();

        assertTrue(Files.readString(Path.of("rules/calculators/apache-ii.drl")).contains("// @ladder temperature"));
        assertTrue(!text.contains("// @"), "no marker is left");
        assertTrue(text.indexOf("rule \"Temperature ≥ 41 °C (+4)\"") < text.indexOf("rule \"Mean arterial pressure (given)\""));
        assertTrue(text.indexOf("rule \"Age ≥ 75 years (+6)\"") < text.indexOf("rule \"Temperature ≥ 41 °C (+4)\""));
        String anionGap = CalculatorCatalog.bundled().ruleSources().get("calculators/anion-gap.drl").text();
        assertTrue(anionGap.contains("rule \"Anion gap\""));
    }
}
