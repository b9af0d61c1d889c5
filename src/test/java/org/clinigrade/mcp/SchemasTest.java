package org.clinigrade.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InputSpec;
import org.clinigrade.calc.JsonSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the tools declare holds for every golden case: the result (numbers, dates, weeks and days) conforms to the
 * output schema, and the case's inputs written as the advertised input schema describes them (canonical keys, numbers
 * in the input's unit, bare where the input takes a bare number, canonical options) are accepted by it and give the
 * same value. The calculator also
 * reads MedCalc-Bench names, other units and spellings, which the schema's descriptions mention but cannot enforce.
 */
class SchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CASES = Path.of("testcases", "calculators");
    private static final CalculatorCatalog CATALOG = CalculatorCatalog.bundled();
    private static final Schema RESULT = JsonSchemas.compile(ToolSpec.bundled("calculate").outputSchema());

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Arguments.of(CASES.relativize(f).toString().replace(".json", ""), f)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_result_fits_the_output_schema_and_canonical_entities_fit_the_input_schema(String name, Path file) throws IOException {
        JsonNode entities = JSON.readTree(file.toFile()).get("entities");
        Calculator calculator = CATALOG.find(file.getParent().getFileName().toString()).orElseThrow();
        ToolResult result = CalculateTool.evaluate(calculator, entities);
        assertEquals(List.of(), RESULT.validate(result.structured()));

        ObjectNode canonical = canonical(calculator, calculator.canonicalInputs(entities));
        Schema input = JsonSchemas.compile(EntitiesSchema.of(calculator.definition()));
        assertEquals(List.of(), input.validate(canonical), canonical::toString);
        assertEquals(result.structured().get("value"), CalculateTool.evaluate(calculator, canonical).structured().get("value"));
    }

    /** the inputs as the rules see them, written as JSON: numbers in the input's unit, options, ISO dates */
    private static ObjectNode canonical(Calculator calculator, Map<String, Object> inputs) {
        ObjectNode json = JSON.createObjectNode();
        inputs.forEach((key, value) -> {
            if (value instanceof Double number) {
                JsonNode written = number == Math.rint(number) ? JSON.getNodeFactory().numberNode(number.longValue())
                        : JSON.getNodeFactory().numberNode(number);
                InputSpec spec = calculator.definition().inputs().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
                json.set(key, spec.unitRequired() ? JSON.createArrayNode().add(written).add(spec.unit().symbol()) : written);
            } else if (value instanceof Boolean finding) {
                json.put(key, finding);
            } else {
                json.put(key, value.toString());
            }
        });
        return json;
    }
}
