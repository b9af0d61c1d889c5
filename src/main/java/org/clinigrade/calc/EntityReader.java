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
 * defaults taken. Every input is read, and every problem found is reported in one {@link InvalidInputException}
 * naming each input at fault.
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

    /**
     * One problem with the input. A missing input alone says what it expects; among other problems it is only
     * named, so that a calculator given nothing gets a line, not a page.
     */
    private record Fault(String field, String alone, String amongOthers) {
        Fault(InvalidInputException.Problem problem) {
            this(problem.field(), problem.problem(), problem.problem());
        }
    }

    CanonicalInputs read(JsonNode entities) {
        if (entities == null || !entities.isObject()) {
            throw new InvalidInputException("input", "expected a JSON object of entities, got "
                    + (entities == null ? "nothing" : entities.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        List<String> warnings = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        Given[] given = resolve(entities, warnings, faults);
        List<Step> steps = new ArrayList<>();
        List<Object> facts = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            InputSpec spec = inputs.get(i);
            if (given[i] == FAULTY) {
                continue;
            }
            JsonNode value = given[i] == null ? null : given[i].node();
            boolean byDefault = value == null && spec.defaultValue() != null;
            if (byDefault) {
                value = spec.defaultValue();
                steps.add(new Step("Default: " + spec.title(), "not given; taken as " + value + unitSuffix(spec),
                        value.isNumber() ? value.doubleValue() : null, Step.Kind.INPUT));
            }
            if (value == null) {
                if (spec.required()) {
                    faults.add(new Fault(spec.key(), "missing (expected " + spec.expected() + (spec.entities().isEmpty()
                            ? "" : "; MedCalc-Bench name '" + spec.entities().get(0) + "'") + ")", "missing"));
                }
                continue;
            }
            try {
                facts.add(fact(spec, value, byDefault, steps, warnings));
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> faults.add(new Fault(problem)));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults.stream().map(fault -> new InvalidInputException.Problem(fault.field(),
                    faults.size() == 1 ? fault.alone() : fault.amongOthers())).toList());
        }
        return new CanonicalInputs(facts, steps, warnings);
    }

    /** an entity as given, under the name it was given by */
    private record Given(String name, JsonNode node) {
    }

    /** an input given in a way that is already a fault (twice with different values, a malformed split): not read */
    private static final Given FAULTY = new Given(null, null);

    private Given[] resolve(JsonNode entities, List<String> warnings, List<Fault> faults) {
        Given[] given = new Given[inputs.size()];
        for (Map.Entry<String, JsonNode> entity : entities.properties()) {
            List<String> split = splits.get(entity.getKey().toLowerCase(Locale.ROOT));
            if (split != null) {
                splitInto(given, entity.getKey(), entity.getValue(), split, faults);
                continue;
            }
            Integer index = indexByName.get(entity.getKey().toLowerCase(Locale.ROOT));
            if (index == null) {
                warnings.add("ignored entity '" + entity.getKey() + "': not an input of " + definition.id());
                continue;
            }
            Given earlier = given[index];
            if (earlier == FAULTY) {
                continue;
            }
            if (earlier != null && !earlier.node().equals(entity.getValue())) {
                faults.add(new Fault(new InvalidInputException.Problem(inputs.get(index).key(), "given twice with different values ('"
                        + earlier.name() + "': " + earlier.node() + ", '" + entity.getKey() + "': " + entity.getValue() + ")")));
                given[index] = FAULTY;
                continue;
            }
            given[index] = new Given(entity.getKey(), entity.getValue());
        }
        return given;
    }

    /** ['Dexamethasone PO', 7.96, 'mg'] → the first input gets 'Dexamethasone PO', the second [7.96, 'mg'] */
    private void splitInto(Given[] given, String name, JsonNode value, List<String> keys, List<Fault> faults) {
        int first = indexByName.get(keys.get(0));
        int second = indexByName.get(keys.get(1));
        if (!value.isArray() || value.size() < 2) {
            faults.add(new Fault(new InvalidInputException.Problem(keys.get(0), "'" + name + "' must be an array: the "
                    + keys.get(0) + " then the " + keys.get(1) + ", got " + value)));
            given[first] = FAULTY;
            given[second] = FAULTY;
            return;
        }
        ArrayNode rest = JsonNodeFactory.instance.arrayNode();
        for (int i = 1; i < value.size(); i++) {
            rest.add(value.get(i));
        }
        given[first] = new Given(name, value.get(0));
        given[second] = new Given(name, rest.size() == 1 ? rest.get(0) : rest);
    }

    private static Object fact(InputSpec spec, JsonNode node, boolean byDefault, List<Step> steps, List<String> warnings) {
        return switch (spec.kind()) {
            case QUANTITY -> new Quantity(spec.key(), quantity(spec, node, byDefault, steps, warnings));
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

    /** a default, from the calculator file, is a bare number in the input's unit by definition */
    private static double quantity(InputSpec spec, JsonNode node, boolean byDefault, List<Step> steps,
                                   List<String> warnings) {
        QuantityReader.Reading reading;
        try {
            List<QuantityReader.Part> parts = QuantityReader.parts(node);
            if (spec.unitRequired() && !byDefault) {
                QuantityReader.requireUnits(parts, spec.unit(), spec.accepted());
            }
            reading = QuantityReader.convert(parts, spec.unit(), spec.accepted(), spec.substance());
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
        reading.cautions().forEach(caution -> warnings.add(spec.key() + ": " + caution));
        return reading.value();
    }

    private static String describe(List<Conversion> conversions) {
        return conversions.size() == 1 ? conversions.get(0).toString()
                : String.join(" + ", conversions.stream().map(Conversion::toString).toList());
    }

    /** true or false, yes or no, present or absent, 1 or 0 (as a number or as text) */
    private static boolean finding(InputSpec spec, JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber() && (node.doubleValue() == 1 || node.doubleValue() == 0)) {
            return node.doubleValue() == 1;
        }
        if (node.isString()) {
            switch (node.stringValue().trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "present", "1" -> { return true; }
                case "false", "no", "absent", "0" -> { return false; }
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
