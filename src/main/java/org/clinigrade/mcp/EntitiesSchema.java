package org.clinigrade.mcp;

import java.util.List;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.InputSpec;
import org.clinigrade.cxr.IndexDefinition;
import org.clinigrade.cxr.IndexInput;
import org.clinigrade.units.Unit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of a calculator's entities as a client sees it: every input with its title, what it expects
 * (unit and accepted units, options, date format), bounds, default and MedCalc-Bench names. A quantity is
 * {@code [value, "unit"]} or {@code {"value": v, "unit": "u"}}, or a bare number in its unit where its units cannot
 * be mistaken for one another ({@link InputSpec#unitRequired()}); other keys are read as MedCalc-Bench names, or
 * ignored with a warning, so the schema leaves them open.
 */
final class EntitiesSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> BOUNDS = List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum");

    private EntitiesSchema() {
    }

    /**
     * A chest X-ray index's CheXStruct columns: numbers and points as JSON or as the CSV writes them (text), the view as
     * a string, a list of labels as an array or as the CSV writes it; every column required.
     */
    static ObjectNode of(IndexDefinition definition) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (IndexInput input : definition.inputs()) {
            ObjectNode property = properties.putObject(input.column()).put("title", input.title());
            ArrayNode anyOf = property.putArray("anyOf");
            switch (input.type()) {
                case NUMBER -> anyOf.addObject().put("type", "number");
                case POINT -> anyOf.addObject().put("type", "array").put("minItems", 2).put("maxItems", 2)
                        .putObject("items").put("type", "number");
                case VIEW -> anyOf.addObject().put("type", "string");
                case LABELS -> {
                    ArrayNode labels = anyOf.addObject().put("type", "array").put("minItems", 1).putObject("items")
                            .putArray("enum");
                    input.values().forEach(labels::add);
                }
            }
            if (input.type() != IndexInput.Type.VIEW) {
                anyOf.addObject().put("type", "string").put("description", "as the CheXStruct CSV writes it");
            }
            required.add(input.column());
        }
        return schema;
    }

    static ObjectNode of(CalculatorDefinition definition) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        JsonNode declared = definition.file().get("inputs").get("properties");
        for (InputSpec input : definition.inputs()) {
            properties.set(input.key(), property(input, declared.get(input.key())));
            if (input.required()) {
                required.add(input.key());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode property(InputSpec input, JsonNode declared) {
        ObjectNode property = NODES.objectNode();
        property.put("title", input.title());
        String note = declared.path("description").asString("");
        property.put("description", input.expectedWithBareNumberRule() + (note.isEmpty() ? "" : ". " + note)
                + (input.entities().isEmpty() ? "" : " MedCalc-Bench: " + String.join(" | ", input.entities()) + "."));
        switch (input.kind()) {
            case QUANTITY -> quantity(property, input, declared);
            case FINDING -> property.put("type", "boolean");
            case CHOICE -> {
                property.put("type", "string");
                ArrayNode options = property.putArray("enum");
                input.options().keySet().forEach(options::add);
            }
            case DATE -> property.put("type", "string");
        }
        if (input.defaultValue() != null) {
            property.set("default", input.defaultValue());
        }
        return property;
    }

    /**
     * [value, "unit", ...] or {value, unit} in any accepted unit, or a bare number in the input's unit (bounds apply to
     * it) unless the input requires its unit
     */
    private static void quantity(ObjectNode property, InputSpec input, JsonNode declared) {
        ObjectNode number = NODES.objectNode();
        number.put("type", input.bounds().integer() ? "integer" : "number");
        BOUNDS.stream().filter(declared::has).forEach(bound -> number.set(bound, declared.get(bound)));
        if (input.unit().symbol().isEmpty()) {
            property.setAll(number);
            return;
        }
        property.put("x-unit", input.unit().symbol());
        ArrayNode accepts = property.putArray("x-accepts");
        input.accepted().stream().map(Unit::symbol).forEach(accepts::add);
        ObjectNode withUnit = NODES.objectNode();
        withUnit.put("type", "array");
        withUnit.put("description", "[value, \"unit\"], or parts such as [5, \"ft\", 9, \"in\"]");
        ArrayNode either = withUnit.putObject("items").putArray("anyOf");
        either.addObject().put("type", "number");
        either.addObject().put("type", "string");
        withUnit.put("minItems", 2);
        ObjectNode asObject = NODES.objectNode();
        asObject.put("type", "object");
        ObjectNode parts = asObject.putObject("properties");
        parts.putObject("value").put("type", "number");
        parts.putObject("unit").put("type", "string");
        asObject.putArray("required").add("value").add("unit");
        ArrayNode forms = property.putArray("anyOf");
        if (!input.unitRequired()) {
            forms.add(number);
        }
        forms.add(withUnit).add(asObject);
    }
}
