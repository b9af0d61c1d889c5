package org.clinigrade.lines;

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
import java.util.function.LongConsumer;

/**
 * Grades a JSON Lines file: one verdict line per input line, in input order, and the summary, whatever is graded
 * ({@link LineGrader} says how). Lines are graded in chunks, on one thread or several; chunks are written in order,
 * so the verdicts are byte-identical whatever the number of threads. A line that cannot be graded gets a verdict
 * that says why, with its line number; nothing is dropped.
 *
 * @param <R> what a line is read into
 * @param <S> the summary
 */
public final class GradeRun<R, S> {

    /** the exit code of a run in which every line was graded */
    public static final int ALL_GRADED = 0;
    /** the exit code of a run in which some lines could not be graded (each has its verdict line) */
    public static final int SOME_RECORDS_INVALID = 3;

    /** a line longer than this is not read (an oversize record is invalid, not a reason to run out of memory) */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    /** read at a time: at MedCalc-Bench's 4 KB a line, a few hundred lines for one thread, and within its cache */
    private static final int CHUNK_BYTES = 1024 * 1024;
    private final LineGrader<R, S> grader;
    /**
     * Verdict buffers, given back once their chunk is written: a large run would otherwise clear a new one for every
     * chunk, and start its table of kept strings empty.
     */
    private final Queue<JsonBytes> verdictBuffers = new ConcurrentLinkedQueue<>();

    public GradeRun(LineGrader<R, S> grader) {
        this.grader = grader;
    }

    /**
     * What a run gave: the summary, and how many lines it read and could not grade.
     *
     * @param lines   every line, each with its verdict line
     * @param invalid the lines that could not be graded
     */
    public record Outcome<S>(S summary, long lines, long invalid) {
        /** {@link #ALL_GRADED} or {@link #SOME_RECORDS_INVALID} */
        public int exitCode() {
            return invalid > 0 ? SOME_RECORDS_INVALID : ALL_GRADED;
        }
    }

    /**
     * Grades a file, read in parallel chunk by chunk by the grading threads themselves.
     *
     * @param progress told the number of records graded so far, after each chunk
     */
    public Outcome<S> run(Path lines, OutputStream verdicts, int threads, LongConsumer progress) throws IOException {
        try (FileChannel file = FileChannel.open(lines, StandardOpenOption.READ)) {
            return run(new LineChunks(file, CHUNK_BYTES, MAX_LINE_BYTES), verdicts, threads, progress);
        }
    }

    Outcome<S> run(LineChunks lines, OutputStream verdicts, int threads, LongConsumer progress) throws IOException {
        Written written = new Written(grader.newSummary());
        if (threads <= 1) {
            for (int k = 0; ; k++) {
                Graded<S> chunk = grade(lines, k);
                if (chunk == null) {
                    return written.outcome();
                }
                write(chunk, verdicts, written);
                progress.accept(written.lines);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "grade");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // chunks are asked for in order, a few ahead of the one being written; the first null is the end
            Deque<Future<Graded<S>>> pending = new ArrayDeque<>();
            int next = 0;
            while (true) {
                while (pending.size() < threads * 2) {
                    int k = next++;
                    pending.add(pool.submit(() -> grade(lines, k)));
                }
                Graded<S> chunk = await(pending.poll());
                if (chunk == null) {
                    return written.outcome();
                }
                write(chunk, verdicts, written);
                progress.accept(written.lines);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** chunk k read and graded, or null past the end */
    private Graded<S> grade(LineChunks lines, int k) throws IOException {
        LineChunks.Chunk chunk = lines.chunk(k);
        if (chunk == null) {
            return null;
        }
        Graded<S> graded = new ChunkGrading(lines.maxLineBytes()).grade(chunk);
        lines.recycle(chunk.data());
        return graded;
    }

    /**
     * The verdict lines of one chunk, its counts, how many lines it has, and its invalid lines, whose verdicts say
     * their line number and are written only once the lines before the chunk have been counted.
     */
    private record Graded<S>(JsonBytes lines, S summary, int count, List<Unnumbered> invalid) {
    }

    /** an invalid line's verdict, to be written at byte {@code at} of its chunk's verdicts */
    private record Unnumbered(int at, int index, String id, String reason) {
    }

    /** what has been written so far, in input order */
    private final class Written {
        final S summary;
        long lines;
        long invalid;

        Written(S summary) {
            this.summary = summary;
        }

        Outcome<S> outcome() {
            return new Outcome<>(summary, lines, invalid);
        }
    }

    /** grades the lines of one chunk in order */
    private final class ChunkGrading {
        private final int maxLineBytes;
        private JsonBytes lines;
        private final S summary = grader.newSummary();
        private final List<Unnumbered> invalid = new ArrayList<>();
        private int count;

        ChunkGrading(int maxLineBytes) {
            this.maxLineBytes = maxLineBytes;
        }

        Graded<S> grade(LineChunks.Chunk chunk) {
            JsonBytes pooled = verdictBuffers.poll();
            lines = pooled != null ? pooled.clear() : new JsonBytes((chunk.end() - chunk.from()) / 8 + 512);
            int next = chunk.from();
            while (next < chunk.end()) {
                next = line(chunk.data(), next, chunk.end());
            }
            if (chunk.oversizeLast()) {
                invalid(null, tooLong());
            }
            return new Graded<>(lines, summary, count, invalid);
        }

        /** grades the line that starts at offset; where the next one starts */
        private int line(byte[] data, int offset, int limit) {
            int end = LineChunks.contentEnd(data, offset, limit);
            if (end - offset > maxLineBytes) {
                invalid(null, tooLong());
                return LineChunks.nextLine(data, end, limit);
            }
            String id = null;
            try {
                R record = grader.read(data, offset, end - offset);
                id = grader.id(record);
                grader.grade(record, lines, summary);
                lines.newline();
                count++;
            } catch (InvalidRecordException e) {
                invalid(e.id() != null ? e.id() : id, unreadable(data, offset, end, e.getMessage()));
            } catch (RuntimeException e) {
                invalid(id, "internal error: " + e);
            }
            return LineChunks.nextLine(data, end, limit);
        }

        /** why a line could not be read: its blankness before what the format says */
        private String unreadable(byte[] data, int offset, int end, String formatReason) {
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
            invalid.add(new Unnumbered(lines.size(), count++, id, reason));
            grader.countInvalid(id, reason, summary);
        }
    }

    /** Writes a chunk's verdicts, numbering its invalid lines after the lines before it, then gives its buffer back. */
    private void write(Graded<S> graded, OutputStream verdicts, Written written) {
        try {
            int from = 0;
            for (Unnumbered line : graded.invalid()) {
                graded.lines().writeTo(verdicts, from, line.at());
                JsonBytes numbered = new JsonBytes(256);
                grader.writeInvalid(line.id(), written.lines + 1 + line.index(), line.reason(), numbered);
                numbered.newline().writeTo(verdicts, 0, numbered.size());
                from = line.at();
            }
            graded.lines().writeTo(verdicts, from, graded.lines().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verdictBuffers.add(graded.lines());
        grader.merge(written.summary, graded.summary());
        written.lines += graded.count();
        written.invalid += graded.invalid().size();
    }

    private static <S> Graded<S> await(Future<Graded<S>> future) throws IOException {
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
