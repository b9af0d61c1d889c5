package org.clinigrade.grade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grades a JSON Lines file of model outputs: one verdict line per input line, in input order, and the summary.
 * Lines are graded in chunks, on one thread or several; chunks are written in order, so the verdicts are
 * byte-identical whatever the number of threads. A line that cannot be graded gets an {@code invalid_record}
 * verdict; nothing is dropped.
 */
public final class GradeRun {

    /** a line longer than this is not read (an oversize record is invalid, not a reason to run out of memory) */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    /** read at a time: at MedCalc-Bench's 4 KB a line, a few hundred lines for one thread, and within its cache */
    private static final int CHUNK_BYTES = 1024 * 1024;
    /** verdict lines end in '\n', and nothing else goes between them */
    private static final ObjectWriter LINES = JsonMapper.builder().build().writer().withRootValueSeparator((String) null);

    private final OutputFormat format;
    private final Grader grader;
    private final boolean withProcess;
    private final Function<String, ReferenceCase> references;
    private final CalculatorCatalog catalog;

    /**
     * @param withProcess false for answer-only grading: entities, steps and reasoning are not read
     * @param references  the reference case for a record's id, or null if there is none
     */
    public GradeRun(OutputFormat format, Grader grader, boolean withProcess, Function<String, ReferenceCase> references,
                    CalculatorCatalog catalog) {
        this.format = format;
        this.grader = grader;
        this.withProcess = withProcess;
        this.references = references;
        this.catalog = catalog;
    }

    /**
     * Grades a file, read in parallel chunk by chunk by the grading threads themselves.
     *
     * @param progress told the number of records graded so far, after each chunk
     */
    public GradeSummary run(Path outputs, OutputStream verdicts, int threads, LongConsumer progress) throws IOException {
        try (FileChannel file = FileChannel.open(outputs, StandardOpenOption.READ)) {
            return run(new LineChunks(file, CHUNK_BYTES, MAX_LINE_BYTES), verdicts, threads, progress);
        }
    }

    GradeSummary run(LineChunks lines, OutputStream verdicts, int threads, LongConsumer progress) throws IOException {
        GradeSummary summary = new GradeSummary();
        long graded = 0;
        if (threads <= 1) {
            for (int k = 0; ; k++) {
                Graded chunk = grade(lines, k);
                if (chunk == null) {
                    return summary;
                }
                graded += write(chunk, verdicts, summary);
                progress.accept(graded);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "grade");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // chunks are asked for in order, a few ahead of the one being written; the first null is the end
            Deque<Future<Graded>> pending = new ArrayDeque<>();
            int next = 0;
            while (true) {
                while (pending.size() < threads * 2) {
                    int k = next++;
                    pending.add(pool.submit(() -> grade(lines, k)));
                }
                Graded chunk = await(pending.poll());
                if (chunk == null) {
                    return summary;
                }
                graded += write(chunk, verdicts, summary);
                progress.accept(graded);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** chunk k read and graded, or null past the end */
    private Graded grade(LineChunks lines, int k) throws IOException {
        LineChunks.Chunk chunk = lines.chunk(k);
        if (chunk == null) {
            return null;
        }
        Graded graded = grade(chunk);
        lines.recycle(chunk.data());
        return graded;
    }

    /** the verdict lines of one chunk and their counts */
    private record Graded(byte[] lines, GradeSummary summary) {
    }

    private Graded grade(LineChunks.Chunk chunk) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(chunk.size() * 512);
        GradeSummary summary = new GradeSummary();
        try (JsonGenerator json = LINES.createGenerator(lines)) {
            for (int i = 0; i < chunk.size(); i++) {
                Verdict verdict = gradeLine(chunk, i);
                summary.add(verdict);
                verdict.write(json);
                json.writeRaw('\n');
            }
        }
        return new Graded(lines.toByteArray(), summary);
    }

    private Verdict gradeLine(LineChunks.Chunk chunk, int i) {
        long lineNumber = chunk.firstLine() + i;
        if (chunk.oversize(i)) {
            return Verdict.invalid("line " + lineNumber, lineNumber, "line longer than " + MAX_LINE_BYTES + " bytes");
        }
        if (chunk.blank(i)) {
            return Verdict.invalid("line " + lineNumber, lineNumber, "empty line");
        }
        String id = null;
        try {
            ModelOutput output = format.read(chunk.data(), chunk.start(i), chunk.length(i), withProcess);
            id = output.id();
            return grader.grade(output, reference(output));
        } catch (InvalidRecordException e) {
            return Verdict.invalid(e.id() != null ? e.id() : id != null ? id : "line " + lineNumber, lineNumber, e.getMessage());
        } catch (RuntimeException e) {
            return Verdict.invalid(id != null ? id : "line " + lineNumber, lineNumber, "internal error: " + e);
        }
    }

    private ReferenceCase reference(ModelOutput output) {
        if (output.reference() != null) {
            if (output.calculator() == null) {
                throw new InvalidRecordException(output.id(), "'calculator' is required with an inline reference");
            }
            return ReferenceCase.computed(output.id(), calculator(output), output.reference().entities(),
                    output.reference().label());
        }
        ReferenceCase reference = references == null ? null : references.apply(output.id());
        if (reference == null) {
            throw new InvalidRecordException(output.id(), "no reference case with id '" + output.id() + "'"
                    + (references == null ? " (give --reference, or a 'reference' in the record)" : ""));
        }
        if (output.calculator() != null && !calculator(output).definition().id().equals(reference.calculator().definition().id())) {
            throw new InvalidRecordException(output.id(), "the record names calculator '" + output.calculator()
                    + "' but case " + output.id() + " is " + reference.calculator().definition().id());
        }
        return reference;
    }

    private Calculator calculator(ModelOutput output) {
        return catalog.find(output.calculator()).orElseThrow(() -> new InvalidRecordException(output.id(),
                "unknown calculator '" + output.calculator() + "'"));
    }

    private static long write(Graded graded, OutputStream verdicts, GradeSummary summary) {
        try {
            verdicts.write(graded.lines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        summary.merge(graded.summary());
        return graded.summary().records();
    }

    private static Graded await(Future<Graded> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
