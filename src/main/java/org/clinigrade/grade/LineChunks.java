package org.clinigrade.grade;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;

/**
 * A file's lines ('\n', with any '\r' before it dropped) in chunks, read in parallel: chunk k is the lines that
 * start in bytes [k·C, (k+1)·C), each grading thread reading its own at that position, so no one thread reads the
 * whole file and the bytes are graded while still in that thread's cache. A chunk's first line number is known
 * once the chunk before it has been split. A line longer than the limit is not kept, only marked. Arrays given back
 * with {@link #recycle} are read into again, which spares clearing a new one for every chunk.
 */
final class LineChunks {

    /** enough for the chunks in flight on a few threads */
    private static final int POOLED = 8;

    /** Lines {@code firstLine} … {@code firstLine + size − 1} (1-based), as offsets into {@code data}. */
    record Chunk(byte[] data, int[] starts, int[] lengths, long firstLine, int size) {
        int start(int i) {
            return starts[i];
        }

        int length(int i) {
            return lengths[i];
        }

        boolean oversize(int i) {
            return lengths[i] < 0;
        }

        boolean blank(int i) {
            for (int b = starts[i]; b < starts[i] + lengths[i]; b++) {
                if (data[b] != ' ' && data[b] != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private final int chunkBytes;
    private final int maxLineBytes;
    private final Queue<byte[]> pool = new ConcurrentLinkedQueue<>();

    private final FileChannel file;
    private final long size;
    private final Map<Integer, CompletableFuture<Long>> firstLines = new ConcurrentHashMap<>();

    LineChunks(FileChannel file, int chunkBytes, int maxLineBytes) throws IOException {
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
        this.file = file;
        this.size = file.size();
        firstLine(0).complete(1L);
    }

    /** one byte before the chunk, the chunk, and room for the end of its last line, which it usually reaches */
    private int bufferBytes() {
        return 1 + chunkBytes + chunkBytes / 16;
    }

    /**
     * Chunk {@code k}, or null past the end. Safe to call from several threads at once, each k once; a thread that
     * asks for k waits for chunk k − 1 to be split, so k − 1 must have been asked for first.
     */
    Chunk chunk(int k) throws IOException {
        long start = (long) k * chunkBytes;
        if (start >= size) {
            return null;
        }
        try {
            // one byte before the chunk says whether a line starts at its first byte
            long from = k == 0 ? 0 : start - 1;
            byte[] data = buffer();
            int used = read(data, 0, from);
            int stop = (int) (start + chunkBytes - from);
            int first = k == 0 ? 0 : ByteSearch.newline(data, 0, used) + 1;
            boolean startsHere = (k == 0 || first > 0) && first < stop;
            Lines lines = startsHere ? Lines.split(data, first, used, stop, from + used == size, maxLineBytes)
                    : new Lines(new int[0], new int[0], 0, stop);
            if (lines.end() < Math.min(stop, used)) {
                // the last line that starts here ends beyond what was read
                Tail tail = tail(data, used, from, lines.end());
                data = tail.data;
                lines = append(lines, lines.end(), tail.length);
            }
            long firstLine = await(firstLine(k));
            firstLine(k + 1).complete(firstLine + lines.size());
            firstLines.remove(k);
            return new Chunk(data, lines.starts(), lines.lengths(), firstLine, lines.size());
        } catch (IOException | RuntimeException e) {
            firstLine(k + 1).completeExceptionally(e);
            throw e;
        }
    }

    /** the rest of a line that starts at lineStart: its array, and its length (-1 if over the limit) */
    private record Tail(byte[] data, int length) {
    }

    private Tail tail(byte[] data, int used, long from, int lineStart) throws IOException {
        int searched = used;
        while (from + used < size && used - lineStart <= maxLineBytes) {
            data = Arrays.copyOf(data, data.length + Math.max(data.length / 2, 1));
            used = read(data, used, from + used);
            int newline = ByteSearch.newline(data, searched, used);
            if (newline >= 0) {
                return new Tail(data, Lines.lineLength(data, lineStart, newline, maxLineBytes));
            }
            searched = used;
        }
        return new Tail(data, from + used == size ? Lines.lineLength(data, lineStart, used, maxLineBytes) : -1);
    }

    private static Lines append(Lines lines, int start, int length) {
        int[] starts = Arrays.copyOf(lines.starts(), lines.size() + 1);
        int[] lengths = Arrays.copyOf(lines.lengths(), lines.size() + 1);
        starts[lines.size()] = start;
        lengths[lines.size()] = length;
        return new Lines(starts, lengths, lines.size() + 1, -1);
    }

    /** fills data from offset with the file's bytes from position; the new number of bytes in data */
    private int read(byte[] data, int offset, long position) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(data, offset, data.length - offset);
        long at = position;
        while (target.hasRemaining() && at < size) {
            int read = file.read(target, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return target.position();
    }

    private CompletableFuture<Long> firstLine(int k) {
        return firstLines.computeIfAbsent(k, i -> new CompletableFuture<>());
    }

    private static long await(CompletableFuture<Long> firstLine) throws IOException {
        try {
            return firstLine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for the chunk before");
        } catch (ExecutionException e) {
            throw new IOException("the chunk before could not be read", e.getCause());
        }
    }

    /** a chunk's array, once its lines are graded, for a later chunk */
    void recycle(byte[] data) {
        if (data.length == bufferBytes() && pool.size() < POOLED) {
            pool.add(data);
        }
    }

    private byte[] buffer() {
        byte[] pooled = pool.poll();
        return pooled != null ? pooled : new byte[bufferBytes()];
    }

    /** The line starts and lengths found in an array; {@code end} is where the next line would start. */
    private record Lines(int[] starts, int[] lengths, int size, int end) {

        /**
         * The lines in data[from, used) that end there, and the unterminated last one if {@code ended}; lines
         * starting at or after {@code stop} are left for the next chunk.
         */
        static Lines split(byte[] data, int from, int used, int stop, boolean ended, int maxLineBytes) {
            int[] starts = new int[64];
            int[] lengths = new int[64];
            int size = 0;
            int start = from;
            while (start < used && start < stop) {
                int newline = ByteSearch.newline(data, start, used);
                if (newline < 0 && !ended) {
                    break;
                }
                int end = newline < 0 ? used : newline;
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    lengths = Arrays.copyOf(lengths, size * 2);
                }
                starts[size] = start;
                lengths[size] = lineLength(data, start, end, maxLineBytes);
                size++;
                start = newline < 0 ? used : newline + 1;
            }
            return new Lines(starts, lengths, size, start);
        }

        /** without a final '\r'; -1 if over the limit */
        static int lineLength(byte[] data, int start, int end, int maxLineBytes) {
            int length = end > start && data[end - 1] == '\r' ? end - 1 - start : end - start;
            return length > maxLineBytes ? -1 : length;
        }
    }
}
