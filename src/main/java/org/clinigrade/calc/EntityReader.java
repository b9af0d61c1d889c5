package org.clinigrade.calc;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinigrade.engine.Step;
import org.clinigrade.engine.facts.Choice;
import org.clinigrade.engine.facts.Finding;
import org.clinigrade.engine.facts.Quantity;
import org.clinigrade.units.Conversion;
import org.clinigrade.units.Numbers;
import org.clinigrade.units.QuantityReader;
import org.clinigrade.units.UnitException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an entities object into canonical facts for one calculator: names resolved (canonical key or any
 * MedCalc-Bench entity name, ignoring case), quantities converted, defaults taken, and the converted values
 * checked against the calculator's input schema. Every problem is an {@link InvalidInputException} naming the input.
 */
final class EntityReader {

    private final CalculatorDefinition definition;
    private final Map<String, InputSpec> byName = new HashMap<>();

    EntityReader(CalculatorDefinition definition) {
        this.definition = definition;
        for (InputSpec spec : definition.inputs()) {
            byName.put(spec.key().toLowerCase(Locale.ROOT), spec);
            spec.entities().forEach(entity -> byName.put(entity.toLowerCase(Locale.ROOT), spec));
        }
    }

    CanonicalInputs read(JsonNode entities) {
        if (entities == null || !entities.isObject()) {
            throw new InvalidInputException("input", "expected a JSON object of entities, got "
                    + (entities == null ? "nothing" : entities.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        List<String> warnings = new ArrayList<>();
        Map<InputSpec, Given> given = resolve(entities, warnings);
        Map<InputSpec, Given> converted = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        ObjectNode canonical = JsonNodeFactory.instance.objectNode();
        Map<InputSpec, Object> values = new LinkedHashMap<>();
        for (InputSpec spec : definition.inputs()) {
            Given value = given.get(spec);
            if (value == null && spec.defaultValue() != null) {
                value = new Given("default", spec.defaultValue());
                steps.add(new Step("Default: " + spec.title(),
                        "not given; taken as " + spec.defaultValue() + unitSuffix(spec), number(spec.defaultValue())));
            }
            if (value == null) {
                if (spec.required()) {
                    throw new InvalidInputException(spec.key(), "missing (expected " + spec.expected()
                            + (spec.entities().isEmpty() ? "" : "; MedCalc-Bench name '" + spec.entities().get(0) + "'") + ")");
                }
                continue;
            }
            int stepsBefore = steps.size();
            Object canonicalValue = canonicalValue(spec, value.node(), steps);
            if (steps.size() > stepsBefore) {
                converted.put(spec, value);
            }
            values.put(spec, canonicalValue);
            canonical.set(spec.key(), toNode(canonicalValue));
        }
        check(canonical, converted);
        List<Object> facts = new ArrayList<>();
        values.forEach((spec, value) -> facts.add(fact(spec, value)));
        return new CanonicalInputs(facts, steps, warnings);
    }

    /** an entity as given, under the name it was given by */
    private record Given(String name, JsonNode node) {
    }

    private Map<InputSpec, Given> resolve(JsonNode entities, List<String> warnings) {
        Map<InputSpec, Given> given = new HashMap<>();
        for (Map.Entry<String, JsonNode> entity : entities.properties()) {
            InputSpec spec = byName.get(entity.getKey().toLowerCase(Locale.ROOT));
            if (spec == null) {
                warnings.add("ignored entity '" + entity.getKey() + "': not an input of " + definition.id());
                continue;
            }
            Given earlier = given.put(spec, new Given(entity.getKey(), entity.getValue()));
            if (earlier != null && !earlier.node().equals(entity.getValue())) {
                throw new InvalidInputException(spec.key(), "given twice with different values ('" + earlier.name()
                        + "': " + earlier.node() + ", '" + entity.getKey() + "': " + entity.getValue() + ")");
            }
        }
        return given;
    }

    private Object canonicalValue(InputSpec spec, JsonNode node, List<Step> steps) {
        return switch (spec.kind()) {
            case QUANTITY -> quantity(spec, node, steps);
            case FINDING -> finding(spec, node);
            case CHOICE -> choice(spec, node);
        };
    }

    private double quantity(InputSpec spec, JsonNode node, List<Step> steps) {
        try {
            QuantityReader.Reading reading = QuantityReader.convert(
                    QuantityReader.parts(node), spec.unit(), spec.accepted(), spec.substance());
            if (!reading.conversions().isEmpty()) {
                steps.add(new Step("Convert " + spec.title(), describe(reading.conversions()), reading.value()));
            }
            return reading.value();
        } catch (UnitException e) {
            throw new InvalidInputException(spec.key(), e.getMessage());
        }
    }

    private static String describe(List<Conversion> conversions) {
        return String.join(" + ", conversions.stream().map(Conversion::toString).toList());
    }

    private static boolean finding(InputSpec spec, JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            switch (node.stringValue().trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "present" -> { return true; }
                case "false", "no", "absent" -> { return false; }
                default -> { }
            }
        }
        throw new InvalidInputException(spec.key(), "expected true or false, got " + node);
    }

    private static String choice(InputSpec spec, JsonNode node) {
        if (node.isString()) {
            String text = node.stringValue().trim();
            for (Map.Entry<String, List<String>> option : spec.options().entrySet()) {
                if (option.getKey().equalsIgnoreCase(text)
                        || option.getValue().stream().anyMatch(s -> s.equalsIgnoreCase(text))) {
                    return option.getKey();
                }
            }
        }
        throw new InvalidInputException(spec.key(), node + " is not " + spec.expected());
    }

    private static JsonNode toNode(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? nodes.numberNode(d.longValue()) : nodes.numberNode(d);
        }
        return value instanceof Boolean b ? nodes.booleanNode(b) : nodes.stringNode((String) value);
    }

    /** range and type checks of the input schema, on the converted values */
    private void check(ObjectNode canonical, Map<InputSpec, Given> converted) {
        List<Error> errors = definition.inputSchema().validate(canonical);
        if (errors.isEmpty()) {
            return;
        }
        Error error = errors.get(0);
        String key = JsonSchemas.location(error).replaceFirst("^/", "");
        InputSpec spec = definition.inputs().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        if (spec == null) {
            throw new InvalidInputException(key.isEmpty() ? "input" : key, error.getMessage());
        }
        throw new InvalidInputException(key, rangeMessage(spec, error, converted.get(spec)));
    }

    /** @param converted the entity as given, if it was converted; null if it was in the canonical unit */
    private static String rangeMessage(InputSpec spec, Error error, Given converted) {
        JsonNode bound = error.getSchemaNode();
        String value = Numbers.format(error.getInstanceNode().asDouble()) + unitSuffix(spec);
        String from = converted != null ? " (given as " + converted.node() + ")" : "";
        String limit = bound == null || !bound.isNumber() ? "" : Numbers.format(bound.asDouble()) + unitSuffix(spec);
        return switch (error.getKeyword()) {
            case "minimum" -> value + from + " is below the minimum " + limit;
            case "exclusiveMinimum" -> value + from + " must be greater than " + limit;
            case "maximum" -> value + from + " is above the maximum " + limit;
            case "exclusiveMaximum" -> value + from + " must be less than " + limit;
            default -> error.getMessage() + " (expected " + spec.expected() + ")";
        };
    }

    private static String unitSuffix(InputSpec spec) {
        return spec.unit() == null || spec.unit().symbol().isEmpty() ? "" : " " + spec.unit().symbol();
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : null;
    }

    private static Object fact(InputSpec spec, Object value) {
        return switch (spec.kind()) {
            case QUANTITY -> new Quantity(spec.key(), (Double) value);
            case FINDING -> new Finding(spec.key(), (Boolean) value);
            case CHOICE -> new Choice(spec.key(), (String) value);
        };
    }
}
