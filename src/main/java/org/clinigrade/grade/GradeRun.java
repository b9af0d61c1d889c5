package org.clinigrade.grade;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;

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
    private final OutputFormat format;
    private final Grader grader;
    private final boolean withProcess;
    private final Function<String, ReferenceCase> references;
    private final CalculatorCatalog catalog;
    /**
     * Verdict buffers, given back once their chunk is written, and each thread's buffer for evidence: a large run
     * would otherwise clear a new one for every chunk, and start its table of kept strings empty.
     */
    private final Queue<JsonBytes> verdictBuffers = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<JsonBytes> evidenceBuffers = ThreadLocal.withInitial(() -> new JsonBytes(1024));

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
                graded += write(chunk, verdicts, summary, graded);
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
                graded += write(chunk, verdicts, summary, graded);
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
        Graded graded = new ChunkGrading(lines.maxLineBytes()).grade(chunk);
        lines.recycle(chunk.data());
        return graded;
    }

    /**
     * The verdict lines of one chunk, its counts, and its invalid lines, whose verdicts say their line number and are
     * written only once the lines before the chunk have been counted.
     */
    private record Graded(JsonBytes lines, GradeSummary summary, List<Unnumbered> invalid) {
    }

    /** an invalid line's verdict, to be written at byte {@code at} of its chunk's verdicts */
    private record Unnumbered(int at, long index, String id, String reason) {
        Verdict numbered(long firstLine) {
            long line = firstLine + index;
            return Verdict.invalid(id != null ? id : "line " + line, line, reason);
        }
    }

    /** grades the lines of one chunk in order */
    private final class ChunkGrading {
        private final int maxLineBytes;
        private JsonBytes lines;
        /** each verdict's evidence, written here first */
        private final JsonBytes evidence = evidenceBuffers.get();
        private final GradeSummary summary = new GradeSummary();
        private final List<Unnumbered> invalid = new ArrayList<>();

        ChunkGrading(int maxLineBytes) {
            this.maxLineBytes = maxLineBytes;
        }

        Graded grade(LineChunks.Chunk chunk) {
            JsonBytes pooled = verdictBuffers.poll();
            lines = pooled != null ? pooled.clear() : new JsonBytes((chunk.end() - chunk.from()) / 8 + 512);
            int next = chunk.from();
            while (next < chunk.end()) {
                next = line(chunk.data(), next, chunk.end());
            }
            if (chunk.oversizeLast()) {
                invalid(null, tooLong());
            }
            return new Graded(lines, summary, invalid);
        }

        /** grades the line that starts at offset; where the next one starts */
        private int line(byte[] data, int offset, int limit) {
            String id = null;
            int end = -1;
            try {
                OutputFormat.Line line = format.readLine(data, offset, limit, withProcess);
                end = line.end();
                if (end - offset > maxLineBytes) {
                    invalid(null, tooLong());
                } else {
                    id = line.output().id();
                    Verdict verdict = grader.grade(line.output(), reference(line.output()), evidence);
                    summary.add(verdict);
                    verdict.write(lines);
                    lines.newline();
                }
            } catch (InvalidRecordException e) {
                end = end >= 0 ? end : LineChunks.contentEnd(data, offset, limit);
                invalid(e.id() != null ? e.id() : id, unreadable(data, offset, end, e.getMessage()));
            } catch (RuntimeException e) {
                end = end >= 0 ? end : LineChunks.contentEnd(data, offset, limit);
                invalid(id, "internal error: " + e);
            }
            return LineChunks.nextLine(data, end, limit);
        }

        /** why a line could not be read: its length or blankness before what the format says */
        private String unreadable(byte[] data, int offset, int end, String formatReason) {
            if (end - offset > maxLineBytes) {
                return tooLong();
            }
            for (int b = offset; b < end; b++) {
                if (data[b] != ' ' && data[b] != '\t') {
                    return formatReason;
                }
            }
            return "empty line";
        }

        private String tooLong() {
            return "line longer than " + maxLineBytes + " bytes";
        }

        private void invalid(String id, String reason) {
            invalid.add(new Unnumbered(lines.size(), summary.records(), id, reason));
            summary.add(Verdict.invalid(id, 0, reason));
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

    /**
     * Writes a chunk's verdicts, numbering its invalid lines after the {@code linesBefore} lines before it, then gives
     * its buffer back.
     */
    private long write(Graded graded, OutputStream verdicts, GradeSummary summary, long linesBefore) {
        try {
            int from = 0;
            for (Unnumbered line : graded.invalid()) {
                graded.lines().writeTo(verdicts, from, line.at());
                JsonBytes numbered = new JsonBytes(256);
                line.numbered(linesBefore + 1).write(numbered);
                numbered.newline().writeTo(verdicts, 0, numbered.size());
                from = line.at();
            }
            graded.lines().writeTo(verdicts, from, graded.lines().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verdictBuffers.add(graded.lines());
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
