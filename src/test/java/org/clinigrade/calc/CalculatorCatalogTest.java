package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class CalculatorCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Integer> FIRST_TWELVE = List.of(2, 3, 4, 5, 6, 7, 8, 15, 20, 21, 23, 39);

    @Test
    void the_bundled_calculators_load_with_their_references_and_rules() {
        CalculatorCatalog catalog = CalculatorCatalog.bundled();
        for (int medcalcId : FIRST_TWELVE) {
            Calculator calculator = catalog.find(Integer.toString(medcalcId))
                    .orElseThrow(() -> new AssertionError("no calculator with MedCalc-Bench ID " + medcalcId));
            CalculatorDefinition d = calculator.definition();
            assertFalse(d.references().isEmpty(), d.id());
            assertTrue(d.references().stream().allMatch(r -> r.doi() != null || r.pmid() != null), d.id());
            assertNotNull(calculator.rules(), d.id() + " rules compile");
        }
    }

    @Test
    void finds_a_calculator_by_slug_or_medcalc_number() {
        CalculatorCatalog catalog = CalculatorCatalog.bundled();
        assertEquals("cockcroft-gault", catalog.find("2").orElseThrow().definition().id());
        assertEquals(2, catalog.find("cockcroft-gault").orElseThrow().definition().medcalcId());
        assertTrue(catalog.find("1").isEmpty());
        assertTrue(catalog.find("no-such-calculator").isEmpty());
    }

    @Test
    void a_changed_rule_in_a_rules_dir_changes_the_result_without_rebuilding(@TempDir Path temp) throws IOException {
        Path rules = copyBundledRules(temp);
        Path drl = rules.resolve("calculators/cha2ds2-vasc.drl");
        Files.writeString(drl, Files.readString(drl).replace("$present ? 1 : 0, $present ? \"hypertension\"",
                "$present ? 5 : 0, $present ? \"hypertension\""));
        var entities = JSON.readTree("{\"age\": [50, \"years\"], \"sex\": \"Male\", \"Hypertension history\": true}");

        double bundled = CalculatorCatalog.bundled().find("4").orElseThrow().evaluate(entities).number();
        double edited = CalculatorCatalog.load(null, RuleLibrary.trusted(rules)).find("4").orElseThrow().evaluate(entities).number();

        assertEquals(1, bundled);
        assertEquals(5, edited);
    }

    @Test
    void a_calculators_dir_replaces_the_bundled_files(@TempDir Path temp) throws IOException {
        Path calculators = Files.createDirectory(temp.resolve("calculators"));
        Files.writeString(calculators.resolve("bmi.json"),
                Files.readString(Path.of("calculators/bmi.json")).replace("\"decimals\": 3", "\"decimals\": 0"));
        var entities = JSON.readTree("{\"weight\": [70, \"kg\"], \"height\": [175, \"cm\"]}");

        CalculatorCatalog catalog = CalculatorCatalog.load(calculators, RuleLibrary.bundled());

        assertEquals(1, catalog.all().size());
        assertNotEquals(22.857, catalog.find("bmi").orElseThrow().evaluate(entities).number());
        assertEquals(23, catalog.find("bmi").orElseThrow().evaluate(entities).number());
    }

    static Path copyBundledRules(Path temp) throws IOException {
        Path target = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(Path.of("rules").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
