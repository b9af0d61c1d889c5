package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.InputSpec;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the entities a model used with the reference entities, input by input, in canonical units: from the
 * entities it reported, or as far as its reasoning text states them. Gives the findings and the entities as the
 * model saw them, from which the grader recomputes the model's implied answer.
 */
final class EntityCheck {

    /** One input compared: matched, wrong_value, unreadable, missing (not extracted) or extra (not an input). */
    record Finding(String input, String status, String expected, String got) {
        boolean wrong() {
            return status.equals("wrong_value") || status.equals("unreadable");
        }
    }

    /**
     * @param differing the model's values for the inputs it got wrong, by input key, as (entity name, value)
     */
    record Outcome(List<Finding> findings, Map<String, Map.Entry<String, JsonNode>> differing, EntityCheck check) {

        /** the reference entities with the model's values for {@code keys} put in */
        ObjectNode modelView(java.util.Collection<String> keys) {
            Map<String, Map.Entry<String, JsonNode>> chosen = new LinkedHashMap<>(differing);
            chosen.keySet().retainAll(keys);
            return check.merged(chosen);
        }
    }

    private final Calculator calculator;
    private final InputTerms terms;
    private final ReferenceCase reference;

    EntityCheck(Calculator calculator, InputTerms terms, ReferenceCase reference) {
        this.calculator = calculator;
        this.terms = terms;
        this.reference = reference;
    }

    /** the entities the model reported (MedCalc-Bench names or canonical keys) against the reference */
    Outcome reported(JsonNode modelEntities) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Map.Entry<String, JsonNode>> given = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entity : modelEntities.properties()) {
            String key = terms.keyOf(entity.getKey());
            if (key == null) {
                findings.add(new Finding(entity.getKey(), "extra", null, entity.getValue().toString()));
            } else {
                given.put(key, entity);
            }
        }
        Map<String, Object> seen = canonical(given, findings);
        for (InputSpec spec : calculator.definition().inputs()) {
            Map.Entry<String, JsonNode> entity = given.get(spec.key());
            if (entity != null && seen.containsKey(spec.key())) {
                findings.add(compare(spec, seen.get(spec.key()), entity.getValue().toString()));
            } else if (entity == null && referenceGives(spec.key())) {
                findings.add(new Finding(spec.key(), "missing", describe(spec, expected(spec.key())), null));
            }
        }
        return outcome(findings, given);
    }

    /** the entities as far as the reasoning states them against the reference */
    Outcome stated(ReasoningText text) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Map.Entry<String, JsonNode>> given = new LinkedHashMap<>();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        for (InputSpec spec : calculator.definition().inputs()) {
            Object expected = expected(spec.key());
            if (spec.kind() == InputSpec.Kind.QUANTITY && expected instanceof Double value) {
                JsonNode raw = rawReference(spec.key());
                double asGiven = raw != null && raw.isArray() && raw.size() > 0 && raw.get(0).isNumber()
                        ? raw.get(0).doubleValue() : raw != null && raw.isNumber() ? raw.doubleValue() : value;
                if (text.states(value) || text.states(asGiven)) {
                    findings.add(new Finding(spec.key(), "matched", describe(spec, value), null));
                    continue;
                }
                ReasoningText.Binding binding = text.binding(terms.terms(spec.key()));
                if (binding != null) {
                    given.put(spec.key(), Map.entry(spec.key(), quantity(binding, raw, spec)));
                }
            } else if (spec.kind() == InputSpec.Kind.FINDING && expected instanceof Boolean) {
                Boolean read = text.polarity(terms.terms(spec.key()));
                if (read != null) {
                    given.put(spec.key(), Map.entry(spec.key(), nodes.booleanNode(read)));
                }
            }
        }
        Map<String, Object> seen = canonical(given, findings);
        given.forEach((key, entity) -> {
            if (seen.containsKey(key)) {
                findings.add(compare(spec(key), seen.get(key), describeGiven(entity.getValue())));
            }
        });
        return outcome(findings, given);
    }

    /** a stated value in the unit written after it if that is a unit this input takes, else in the reference's unit */
    private JsonNode quantity(ReasoningText.Binding binding, JsonNode raw, InputSpec spec) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String unit = binding.unit();
        if (unit.isEmpty() || !readable(spec, unit)) {
            unit = raw != null && raw.isArray() && raw.size() > 1 && raw.get(1).isString() ? raw.get(1).stringValue()
                    : spec.unit().symbol();
        }
        if (binding.inches() != null && readable(spec, "in")) {
            return nodes.arrayNode().add(binding.value()).add(unit).add(binding.inches()).add("in");
        }
        return unit.isEmpty() ? nodes.numberNode(binding.value())
                : nodes.arrayNode().add(binding.value()).add(unit);
    }

    private boolean readable(InputSpec spec, String unit) {
        ObjectNode probe = JsonNodeFactory.instance.objectNode();
        probe.set(spec.key(), JsonNodeFactory.instance.arrayNode().add(1.0).add(unit));
        try {
            org.clinigrade.units.QuantityReader.convert(org.clinigrade.units.QuantityReader.parts(probe.get(spec.key())),
                    spec.unit(), spec.accepted(), spec.substance());
            return true;
        } catch (org.clinigrade.units.UnitException e) {
            return false;
        }
    }

    /** the canonical values of the model's entities; an entity that cannot be read becomes a finding and is dropped */
    private Map<String, Object> canonical(Map<String, Map.Entry<String, JsonNode>> given, List<Finding> findings) {
        while (true) {
            try {
                return given.isEmpty() ? Map.of() : calculator.canonicalInputs(merged(given));
            } catch (InvalidInputException e) {
                Map.Entry<String, JsonNode> culprit = given.remove(e.field());
                if (culprit == null) {
                    return Map.of();
                }
                // one input at a time: with it dropped, the reference's value for it is read in its place
                findings.add(new Finding(e.field(), "unreadable", describe(spec(e.field()), expected(e.field())),
                        e.problems().get(0).toString()));
            }
        }
    }

    private Outcome outcome(List<Finding> findings, Map<String, Map.Entry<String, JsonNode>> given) {
        List<String> wrong = findings.stream().filter(f -> f.status().equals("wrong_value")).map(Finding::input).toList();
        given.keySet().retainAll(wrong);
        return new Outcome(List.copyOf(findings), Map.copyOf(given), this);
    }

    /** the reference entities with every entity naming one of the given inputs replaced by the given value */
    private ObjectNode merged(Map<String, Map.Entry<String, JsonNode>> given) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entity : reference.entities().properties()) {
            String key = terms.keyOf(entity.getKey());
            if (key == null || !given.containsKey(key)) {
                merged.set(entity.getKey(), entity.getValue());
            }
        }
        given.values().forEach(entity -> merged.set(entity.getKey(), entity.getValue()));
        return merged;
    }

    private Finding compare(InputSpec spec, Object got, String written) {
        Object expected = expected(spec.key());
        boolean same = expected instanceof Double a && got instanceof Double b
                ? Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9
                : Objects.equals(expected, got);
        return new Finding(spec.key(), same ? "matched" : "wrong_value", describe(spec, expected),
                same ? null : describe(spec, got) + (written.equals(describe(spec, got)) ? "" : " (as given: " + written + ")"));
    }

    private boolean referenceGives(String key) {
        return rawReference(key) != null;
    }

    private JsonNode rawReference(String key) {
        for (Map.Entry<String, JsonNode> entity : reference.entities().properties()) {
            if (key.equals(terms.keyOf(entity.getKey()))) {
                return entity.getValue();
            }
        }
        return null;
    }

    private Object expected(String key) {
        return reference.trace().inputs().get(key);
    }

    private InputSpec spec(String key) {
        return calculator.definition().inputs().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static String describe(InputSpec spec, Object value) {
        if (value instanceof Double number) {
            String unit = spec.unit() == null ? "" : spec.unit().symbol();
            return Numbers.format(number) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (value instanceof Boolean present) {
            return present ? "present" : "absent";
        }
        return String.valueOf(value);
    }

    private static String describeGiven(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "present" : "absent";
        }
        if (!value.isArray()) {
            return value.asString();
        }
        StringBuilder written = new StringBuilder();
        value.forEach(part -> written.append(written.length() == 0 ? "" : " ").append(part.asString()));
        return written.toString();
    }
}
