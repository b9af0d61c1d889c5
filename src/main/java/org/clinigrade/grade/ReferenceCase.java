package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.InputSpec;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.calc.Result;
import org.clinigrade.lines.InvalidRecordException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One case to grade against: its calculator, the reference entities, and the label(s). The reference trace
 * (clinigrade's own computation from the reference entities) is computed on first use and then kept, so a
 * case graded a thousand times is computed once. Thread-safe.
 */
public final class ReferenceCase {

    private final String id;
    private final Calculator calculator;
    private final String category;
    private final Supplier<JsonNode> entitySource;
    private final Label v1;
    private final Label corrected;
    /** where {@code v1} comes from: MedCalc-Bench v1.0, the record's own label, or clinigrade's value */
    private final String v1Source;
    private volatile Entities entities;
    private volatile Trace trace;

    /** the reference entities once read (a holder, since a case may have none) */
    private record Entities(JsonNode node) {
    }

    /**
     * @param entities  gives the reference entities, or null if the case has none (only the label can then be
     *                  checked); asked once, on first use, since grading that checks only answers never needs them
     * @param corrected the physician-corrected label, or null
     */
    public ReferenceCase(String id, Calculator calculator, String category, Supplier<JsonNode> entities, Label v1,
                         Label corrected) {
        this(id, calculator, category, entities, v1, corrected, "v1.0");
    }

    private ReferenceCase(String id, Calculator calculator, String category, Supplier<JsonNode> entities, Label v1,
                          Label corrected, String v1Source) {
        this.v1Source = v1Source;
        this.id = id;
        this.calculator = calculator;
        this.category = category;
        this.entitySource = entities;
        this.v1 = v1;
        this.corrected = corrected;
    }

    /**
     * A case given by its entities: graded against {@code label} if given, else against clinigrade's value from
     * the entities (numbers within ±5%, as MedCalc-Bench's limits; scores, dates and (weeks, days) exactly).
     *
     * @throws InvalidRecordException if the entities cannot be computed
     */
    public static ReferenceCase computed(String id, Calculator calculator, JsonNode entities, Label label) {
        ReferenceCase computed = new ReferenceCase(id, calculator, calculator.definition().category(), () -> entities,
                label, null, "record");
        if (label != null) {
            return computed;
        }
        Trace trace = computed.trace();
        if (!trace.available()) {
            throw new InvalidRecordException(id, "reference: " + trace.error());
        }
        Label computedLabel = Label.computed(trace.result().value(), calculator.definition().output().decimals());
        ReferenceCase labelled = new ReferenceCase(id, calculator, computed.category, () -> entities, computedLabel,
                null, "computed");
        labelled.trace = trace;
        return labelled;
    }

    /**
     * Where {@code label} comes from, as a verdict's {@code labels} says: {@code v1.0} or {@code corrected} for
     * MedCalc-Bench's, {@code record} for a label the record gives, {@code computed} for clinigrade's value from the
     * record's entities.
     */
    public String labelSource(Label label) {
        return label == v1 ? v1Source : "corrected";
    }

    public String id() {
        return id;
    }

    public Calculator calculator() {
        return calculator;
    }

    public String category() {
        return category;
    }

    public JsonNode entities() {
        Entities read = entities;
        if (read == null) {
            synchronized (this) {
                if (entities == null) {
                    entities = new Entities(entitySource.get());
                }
                read = entities;
            }
        }
        return read.node();
    }

    public Label v1() {
        return v1;
    }

    /** the corrected label where one exists and gives an answer; otherwise null */
    public Label corrected() {
        return corrected == null || corrected.notApplicable() ? null : corrected;
    }

    /**
     * The reference computation: its result and canonical inputs, or why the reference entities could not be
     * computed (then only the label can be checked).
     *
     * @param note how the reference entities had to be read, if not as they stand; else null
     */
    public record Trace(Result result, Map<String, Object> inputs, String error, String note) {
        public boolean available() {
            return result != null;
        }
    }

    public Trace trace() {
        Trace computed = trace;
        if (computed == null) {
            computed = compute();
            trace = computed;
        }
        return computed;
    }

    private Trace compute() {
        JsonNode entities = entities();
        if (entities == null || !entities.isObject()) {
            return new Trace(null, Map.of(), "the reference has no entities", null);
        }
        try {
            return new Trace(calculator.evaluate(entities), calculator.canonicalInputs(entities), null, null);
        } catch (InvalidInputException e) {
            Trace resolved = resolveConflict(entities, e.field());
            return resolved != null ? resolved
                    : new Trace(null, Map.of(), "reference entities rejected: " + e.getMessage(), null);
        }
    }

    /**
     * Reference entities that give one input twice with different values (MedCalc-Bench has such rows): the value
     * that reproduces the label is the one its labeller used, if exactly one does.
     */
    private Trace resolveConflict(JsonNode entities, String key) {
        InputSpec spec = calculator.definition().inputs().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        if (spec == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        entities.propertyNames().forEach(name -> {
            if (name.equalsIgnoreCase(key) || spec.entities().stream().anyMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        });
        Trace chosen = null;
        for (String kept : names) {
            ObjectNode variant = ((ObjectNode) entities).deepCopy();
            names.stream().filter(name -> !name.equals(kept)).forEach(variant::remove);
            try {
                Result result = calculator.evaluate(variant);
                if (v1.accepts(result.value())) {
                    if (chosen != null) {
                        return null;
                    }
                    chosen = new Trace(result, calculator.canonicalInputs(variant), null, "the reference entities give "
                            + key + " twice with different values; taken as '" + kept + "': " + entities.get(kept)
                            + ", the value that reproduces the label");
                }
            } catch (InvalidInputException e) {
                // this reading does not compute either
            }
        }
        return chosen;
    }
}
