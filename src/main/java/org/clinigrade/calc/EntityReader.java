package org.clinigrade.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinigrade.engine.Step;
import org.clinigrade.engine.facts.CalendarDate;
import org.clinigrade.engine.facts.Choice;
import org.clinigrade.engine.facts.Finding;
import org.clinigrade.engine.facts.Quantity;
import org.clinigrade.units.Conversion;
import org.clinigrade.units.DateText;
import org.clinigrade.units.QuantityReader;
import org.clinigrade.units.UnitException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns an entities object into canonical facts for one calculator: names resolved (canonical key or any
 * MedCalc-Bench entity name, ignoring case), quantities converted and checked against the schema's bounds,
 * defaults taken. Every problem is an {@link InvalidInputException} naming the input.
 */
final class EntityReader {

    private final CalculatorDefinition definition;
    private final List<InputSpec> inputs;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Map<String, List<String>> splits = new HashMap<>();

    EntityReader(CalculatorDefinition definition) {
        this.definition = definition;
        this.inputs = definition.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            InputSpec spec = inputs.get(i);
            indexByName.put(spec.key().toLowerCase(Locale.ROOT), i);
            for (String entity : spec.entities()) {
                indexByName.put(entity.toLowerCase(Locale.ROOT), i);
            }
        }
        definition.entitySplits().forEach((entity, keys) -> splits.put(entity.toLowerCase(Locale.ROOT), keys));
    }

    CanonicalInputs read(JsonNode entities) {
        if (entities == null || !entities.isObject()) {
            throw new InvalidInputException("input", "expected a JSON object of entities, got "
                    + (entities == null ? "nothing" : entities.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        List<String> warnings = new ArrayList<>();
        Given[] given = resolve(entities, warnings);
        List<Step> steps = new ArrayList<>();
        List<Object> facts = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            InputSpec spec = inputs.get(i);
            JsonNode value = given[i] == null ? null : given[i].node();
            if (value == null && spec.defaultValue() != null) {
                value = spec.defaultValue();
                steps.add(new Step("Default: " + spec.title(), "not given; taken as " + value + unitSuffix(spec),
                        value.isNumber() ? value.doubleValue() : null, Step.Kind.INPUT));
            }
            if (value == null) {
                if (spec.required()) {
                    throw new InvalidInputException(spec.key(), "missing (expected " + spec.expected()
                            + (spec.entities().isEmpty() ? "" : "; MedCalc-Bench name '" + spec.entities().get(0) + "'") + ")");
                }
                continue;
            }
            facts.add(fact(spec, value, steps));
        }
        return new CanonicalInputs(facts, steps, warnings);
    }

    /** an entity as given, under the name it was given by */
    private record Given(String name, JsonNode node) {
    }

    private Given[] resolve(JsonNode entities, List<String> warnings) {
        Given[] given = new Given[inputs.size()];
        for (Map.Entry<String, JsonNode> entity : entities.properties()) {
            List<String> split = splits.get(entity.getKey().toLowerCase(Locale.ROOT));
            if (split != null) {
                splitInto(given, entity.getKey(), entity.getValue(), split);
                continue;
            }
            Integer index = indexByName.get(entity.getKey().toLowerCase(Locale.ROOT));
            if (index == null) {
                warnings.add("ignored entity '" + entity.getKey() + "': not an input of " + definition.id());
                continue;
            }
            Given earlier = given[index];
            if (earlier != null && !earlier.node().equals(entity.getValue())) {
                throw new InvalidInputException(inputs.get(index).key(), "given twice with different values ('"
                        + earlier.name() + "': " + earlier.node() + ", '" + entity.getKey() + "': " + entity.getValue() + ")");
            }
            given[index] = new Given(entity.getKey(), entity.getValue());
        }
        return given;
    }

    /** ['Dexamethasone PO', 7.96, 'mg'] → the first input gets 'Dexamethasone PO', the second [7.96, 'mg'] */
    private void splitInto(Given[] given, String name, JsonNode value, List<String> keys) {
        if (!value.isArray() || value.size() < 2) {
            throw new InvalidInputException(keys.get(0), "'" + name + "' must be an array: the " + keys.get(0)
                    + " then the " + keys.get(1) + ", got " + value);
        }
        ArrayNode rest = JsonNodeFactory.instance.arrayNode();
        for (int i = 1; i < value.size(); i++) {
            rest.add(value.get(i));
        }
        given[indexByName.get(keys.get(0))] = new Given(name, value.get(0));
        given[indexByName.get(keys.get(1))] = new Given(name, rest.size() == 1 ? rest.get(0) : rest);
    }

    private static Object fact(InputSpec spec, JsonNode node, List<Step> steps) {
        return switch (spec.kind()) {
            case QUANTITY -> new Quantity(spec.key(), quantity(spec, node, steps));
            case FINDING -> new Finding(spec.key(), finding(spec, node));
            case CHOICE -> new Choice(spec.key(), choice(spec, node));
            case DATE -> new CalendarDate(spec.key(), date(spec, node));
        };
    }

    /** MM/DD/YYYY as MedCalc-Bench writes dates, or ISO YYYY-MM-DD; an impossible date (02/30/2020) is an error */
    private static LocalDate date(InputSpec spec, JsonNode node) {
        LocalDate date = node.isString() ? DateText.read(node.stringValue().trim()) : null;
        if (date != null) {
            return date;
        }
        throw new InvalidInputException(spec.key(), node + " is not " + spec.expected());
    }

    private static double quantity(InputSpec spec, JsonNode node, List<Step> steps) {
        QuantityReader.Reading reading;
        try {
            reading = QuantityReader.convert(QuantityReader.parts(node), spec.unit(), spec.accepted(), spec.substance());
        } catch (UnitException e) {
            throw new InvalidInputException(spec.key(), e.getMessage());
        }
        boolean converted = !reading.conversions().isEmpty();
        String violation = spec.bounds().violation(reading.value(), unitSuffix(spec), converted ? " (given as " + node + ")" : "");
        if (violation != null) {
            throw new InvalidInputException(spec.key(), violation);
        }
        if (converted) {
            steps.add(new Step("Convert " + spec.title(), describe(reading.conversions()), reading.value(),
                    Step.Kind.INPUT));
        }
        return reading.value();
    }

    private static String describe(List<Conversion> conversions) {
        return conversions.size() == 1 ? conversions.get(0).toString()
                : String.join(" + ", conversions.stream().map(Conversion::toString).toList());
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

    private static String unitSuffix(InputSpec spec) {
        return spec.unit() == null || spec.unit().symbol().isEmpty() ? "" : " " + spec.unit().symbol();
    }
}
