package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.clinigrade.CaseFiles;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every golden case in {@code testcases/calculators/<id>/*.json}: entities in, the value worked out from the
 * published definition expected out. A new case file is a new test.
 */
class GoldenCasesTest {

    static final Path CASES = Path.of("testcases", "calculators");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CalculatorCatalog CATALOG = CalculatorCatalog.bundled();
    /** the same rules compiled from source, as an author's --rules-dir would be */
    private static final CalculatorCatalog FROM_SOURCE = CalculatorCatalog.load(null, RuleLibrary.trusted(Path.of("rules")));

    static Stream<Arguments> cases() throws IOException {
        return CaseFiles.under(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gives_the_value_worked_out_from_the_published_definition(String name, Path file) throws IOException {
        JsonNode golden = JSON.readTree(file.toFile());
        String calculatorId = file.getParent().getFileName().toString();
        Calculator calculator = CATALOG.find(calculatorId).orElseThrow(
                () -> new AssertionError("no calculator " + calculatorId + " for " + name));
        Result result = calculator.evaluate(golden.get("entities"));
        JsonNode expected = golden.get("expected").get("value");
        if (expected.isNumber()) {
            assertEquals(expected.doubleValue(), result.number(), golden.get("expected").path("tolerance").asDouble(0),
                    () -> name + ": " + golden.path("description").asString("") + "\nsteps: " + result.steps());
        } else {  // a date as "MM/DD/YYYY" or a duration as {"weeks": w, "days": d}, exactly
            assertEquals(expected, ResultJson.value(result.value(), 0),
                    () -> name + ": " + golden.path("description").asString("") + "\nsteps: " + result.steps());
        }
        assertEquals(FROM_SOURCE.find(calculatorId).orElseThrow().evaluate(golden.get("entities")), result,
                "rules precompiled at build time and compiled from source give the same result and steps");
    }

    @Test
    void every_calculator_has_at_least_three_golden_cases() throws IOException {
        for (Calculator calculator : CATALOG.all()) {
            Path folder = CASES.resolve(calculator.definition().id());
            long count = CaseFiles.count(folder);
            assertTrue(count >= 3, calculator.definition().id() + " has " + count + " golden cases, expected at least 3");
        }
    }
}
