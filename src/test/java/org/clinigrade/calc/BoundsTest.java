package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The native bounds check must give the JSON Schema's verdict: for every numeric input of every bundled
 * calculator, values at, just inside and just outside each bound are judged by both, and must agree.
 */
class BoundsTest {

    static Stream<Arguments> numericInputs() {
        return CalculatorCatalog.bundled().all().stream()
                .flatMap(c -> c.definition().inputs().stream()
                        .filter(i -> i.kind() == InputSpec.Kind.QUANTITY)
                        .map(i -> Arguments.of(c.definition().id() + "/" + i.key(), c.definition(), i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericInputs")
    void agrees_with_the_json_schema(String name, CalculatorDefinition definition, InputSpec input) {
        Bounds bounds = input.bounds();
        Schema schema = JsonSchemas.compile(definition.file().get("inputs"));
        for (Double bound : new Double[] {bounds.minimum(), bounds.exclusiveMinimum(), bounds.maximum(),
                bounds.exclusiveMaximum(), 0.0, 1.0}) {
            if (bound == null) {
                continue;
            }
            for (double value : new double[] {bound - 1, bound - 1e-6, bound, bound + 1e-6, bound + 0.5, bound + 1}) {
                ObjectNode only = JsonNodeFactory.instance.objectNode();
                only.put(input.key(), value);
                boolean schemaAccepts = schema.validate(only).stream()
                        .noneMatch(e -> JsonSchemas.location(e).equals("/" + input.key()));
                boolean nativeAccepts = bounds.violation(value, "", "") == null;
                assertEquals(schemaAccepts, nativeAccepts, name + " = " + value);
            }
        }
    }
}
