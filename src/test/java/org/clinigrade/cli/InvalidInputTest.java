package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case in {@code testcases/invalid/*.json} runs through {@code clinigrade calc} and must exit 2 with one
 * line on stderr that names the field and says what was expected; never a stack trace.
 */
class InvalidInputTest {

    private static final Path CASES = Path.of("testcases", "invalid");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Arguments.of(f.getFileName().toString().replace(".json", ""), f)).toList().stream();
        }
    }

    @Test
    void every_calculator_has_a_bad_input_case() throws IOException {
        Set<String> covered = new HashSet<>();
        for (Arguments arguments : cases().toList()) {
            covered.add(JSON.readTree(((Path) arguments.get()[1]).toFile()).get("calculator").asString());
        }
        for (Calculator calculator : CalculatorCatalog.bundled().all()) {
            assertTrue(covered.contains(calculator.definition().id()),
                    calculator.definition().id() + " has no case in testcases/invalid/");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exits_2_with_one_line_naming_the_field(String name, Path file) throws IOException {
        JsonNode invalid = JSON.readTree(file.toFile());
        Path input = Files.createTempFile("clinigrade-invalid", ".json");
        try {
            Files.writeString(input, invalid.has("input_text") ? invalid.get("input_text").stringValue()
                    : invalid.get("input").toString());
            CliRun run = CliRun.of("calc", invalid.get("calculator").asString(), "--input", input.toString());

            assertEquals(2, run.exitCode(), () -> name + ": " + run);
            assertEquals("", run.out(), name + ": nothing on stdout");
            String[] lines = run.err().strip().split("\n");
            assertEquals(1, lines.length, () -> name + ": one line on stderr, got " + run.err());
            String expectedStart = "invalid input: " + invalid.get("field").stringValue() + ": ";
            assertTrue(lines[0].startsWith(expectedStart), () -> name + ": expected '" + expectedStart + "...', got " + lines[0]);
            assertTrue(lines[0].contains(invalid.get("message_contains").stringValue()),
                    () -> name + ": expected the message to contain '" + invalid.get("message_contains").stringValue()
                            + "', got " + lines[0]);
            assertFalse(lines[0].contains("Exception"), () -> name + ": " + lines[0]);
        } finally {
            Files.delete(input);
        }
    }
}
