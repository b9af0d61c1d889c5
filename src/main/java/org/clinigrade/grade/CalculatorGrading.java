package org.clinigrade.grade;

import java.util.function.Function;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.lines.InvalidRecordException;
import org.clinigrade.lines.JsonBytes;
import org.clinigrade.lines.LineGrader;

/**
 * Model outputs graded against the reference cases of calculators, one line of a model-outputs file at a time: the
 * line read in the file's format, its reference case found (by id, or given inline), the answer graded and the
 * verdict counted per calculator and category. Thread-safe.
 */
public final class CalculatorGrading implements LineGrader<ModelOutput, GradeSummary> {

    /** how the reason for a record whose calculator is not its reference case's starts */
    static final String CALCULATOR_MISMATCH = "the record names calculator '";

    private final OutputFormat format;
    private final Grader grader;
    private final boolean withProcess;
    private final Function<String, ReferenceCase> references;
    private final CalculatorCatalog catalog;
    /** each thread's buffer for evidence, which keeps the strings every verdict repeats from chunk to chunk */
    private final ThreadLocal<JsonBytes> evidenceBuffers = ThreadLocal.withInitial(() -> new JsonBytes(1024));

    /**
     * @param withProcess false for answer-only grading: entities, steps and reasoning are not read
     * @param references  the reference case for a record's id, or null if there is none
     */
    public CalculatorGrading(OutputFormat format, Grader grader, boolean withProcess,
                             Function<String, ReferenceCase> references, CalculatorCatalog catalog) {
        this.format = format;
        this.grader = grader;
        this.withProcess = withProcess;
        this.references = references;
        this.catalog = catalog;
    }

    @Override
    public ModelOutput read(byte[] line, int offset, int length) {
        return format.read(line, offset, length, withProcess);
    }

    @Override
    public String id(ModelOutput output) {
        return output.id();
    }

    @Override
    public void grade(ModelOutput output, JsonBytes verdicts, GradeSummary summary) {
        Verdict verdict = grader.grade(output, reference(output), evidenceBuffers.get());
        summary.add(verdict);
        verdict.write(verdicts);
    }

    @Override
    public void countInvalid(String id, String reason, GradeSummary summary) {
        summary.add(Verdict.invalid(id, 0, reason));
        if (reason.startsWith(CALCULATOR_MISMATCH)) {
            summary.countCalculatorMismatch();
        }
    }

    @Override
    public void writeInvalid(String id, long line, String reason, JsonBytes verdicts) {
        Verdict.invalid(id != null ? id : "line " + line, line, reason).write(verdicts);
    }

    @Override
    public GradeSummary newSummary() {
        return new GradeSummary();
    }

    @Override
    public void merge(GradeSummary whole, GradeSummary later) {
        whole.merge(later);
    }

    private ReferenceCase reference(ModelOutput output) {
        if (output.reference() != null) {
            if (output.calculator() == null) {
                throw new InvalidRecordException(output.id(), "'calculator' is required with an inline reference");
            }
            return ReferenceCase.computed(output.id(), calculator(output), output.reference().entities(),
                    output.reference().label());
        }
        Calculator named = output.calculator() == null ? null : calculator(output);
        ReferenceCase reference = references == null ? null : references.apply(output.id());
        if (reference == null) {
            throw new InvalidRecordException(output.id(), "no reference case with id '" + output.id() + "'"
                    + (references == null ? " (give --reference, or a 'reference' in the record)" : ""));
        }
        if (named != null && !named.definition().id().equals(reference.calculator().definition().id())) {
            throw new InvalidRecordException(output.id(), CALCULATOR_MISMATCH + output.calculator()
                    + "' but case " + output.id() + " is " + reference.calculator().definition().id());
        }
        return reference;
    }

    private Calculator calculator(ModelOutput output) {
        return catalog.find(output.calculator()).orElseThrow(() -> new InvalidRecordException(output.id(),
                "unknown calculator '" + output.calculator() + "' (" + catalog.didYouMean(output.calculator())
                        + "see 'clinigrade list')"));
    }
}
