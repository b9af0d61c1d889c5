package org.clinigrade.grade;

import java.io.IOException;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Chunks of whole lines ('\n', with any '\r' before it dropped), numbered from 0, for grading on several threads.
 * A line longer than the limit is not kept, only marked. Arrays given back with {@link #recycle} are read into
 * again, which spares clearing a new one for every chunk.
 */
abstract class LineSource {

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

    final int chunkBytes;
    final int maxLineBytes;
    private final Queue<byte[]> pool = new ConcurrentLinkedQueue<>();

    LineSource(int chunkBytes, int maxLineBytes) {
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Chunk {@code k}, or null past the end. Safe to call from several threads at once, each k once, in any order
     * of completion; the caller asks for k only after asking for k − 1.
     */
    abstract Chunk chunk(int k) throws IOException;

    /** a chunk's array, once its lines are graded, for a later chunk */
    final void recycle(byte[] data) {
        if (data.length == bufferBytes() && pool.size() < POOLED) {
            pool.add(data);
        }
    }

    /** the size of a pooled array */
    int bufferBytes() {
        return chunkBytes;
    }

    final byte[] buffer() {
        byte[] pooled = pool.poll();
        return pooled != null ? pooled : new byte[bufferBytes()];
    }

    /** The line starts and lengths found in an array; {@code end} is where the next line would start. */
    record Lines(int[] starts, int[] lengths, int size, int end) {

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
