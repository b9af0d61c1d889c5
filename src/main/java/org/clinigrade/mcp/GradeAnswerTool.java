package org.clinigrade.mcp;

import java.nio.charset.StandardCharsets;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.grade.Grader;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.NativeFormat;
import org.clinigrade.grade.ReferenceCase;
import org.clinigrade.grade.Verdict;
import org.clinigrade.lines.InvalidRecordException;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code grade_answer}: a model's answer graded against the reference computed from the case's entities. The
 * arguments become one of {@code grade}'s native records, read by its own reader, so the tool grades exactly as
 * {@code clinigrade grade --format native} does.
 */
final class GradeAnswerTool extends CheckedTool {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final NativeFormat RECORDS = new NativeFormat();
    private static final Grader GRADER = new Grader(null, false);
    private static final String DEFAULT_ID = "answer";

    private final CalculatorCatalog catalog;

    GradeAnswerTool(CalculatorCatalog catalog) {
        super("grade_answer");
        this.catalog = catalog;
    }

    @Override
    ToolResult call(Arguments arguments) {
        Calculator calculator = arguments.calculator(catalog);
        JsonNode reference = arguments.get("reference_entities");
        // checked here so that a bad reference is an error naming the argument, not an invalid-record verdict
        try {
            calculator.evaluate(reference);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("reference_entities", e.getMessage());
        }
        ModelOutput output = modelOutput(arguments, calculator);
        Verdict verdict = GRADER.grade(output, ReferenceCase.computed(output.id(), calculator, reference, null));
        return ToolResult.of(verdict.toJson(), text(verdict));
    }

    /** the arguments as a native record: the model's entities are the record's, the reference entities its case's */
    private static ModelOutput modelOutput(Arguments arguments, Calculator calculator) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("id", arguments.get("id") == null ? DEFAULT_ID : arguments.get("id").asString());
        record.put("calculator", calculator.definition().id());
        record.set("answer", arguments.get("answer"));
        copy(arguments, "model_entities", record, "entities");
        copy(arguments, "steps", record, "steps");
        copy(arguments, "reasoning", record, "reasoning");
        record.putObject("reference").set("entities", arguments.get("reference_entities"));
        byte[] line = JSON.writeValueAsBytes(record);
        try {
            return RECORDS.read(line, 0, line.length, true);
        } catch (InvalidRecordException e) {
            throw new InvalidInputException("arguments", e.getMessage());
        }
    }

    private static void copy(Arguments arguments, String name, ObjectNode record, String field) {
        if (arguments.get(name) != null) {
            record.set(field, arguments.get(name));
        }
    }

    private static String text(Verdict verdict) {
        JsonNode evidence = verdict.evidence();
        JsonNode expected = evidence.path("expected");
        String range = expected.has("lower") ? " (accepted " + number(expected.get("lower")) + " to "
                + number(expected.get("upper")) + ")" : "";
        String answer = evidence.path("answer").path("read_as").asString("no readable answer");
        return (verdict.correct() ? "correct" : "incorrect: " + verdict.errorType().key()) + ". Answer read as "
                + answer + "; expected " + expected.path("answer").asString() + range + "."
                + (evidence.has("reason") ? " " + evidence.get("reason").asString() : "");
    }

    /** a limit as the grader writes it (47.699499999999995) as a person reads it */
    private static String number(JsonNode limit) {
        try {
            return Numbers.format(Double.parseDouble(limit.asString()));
        } catch (NumberFormatException e) {
            return limit.asString();
        }
    }
}
