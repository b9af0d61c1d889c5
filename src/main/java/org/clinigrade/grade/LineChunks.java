package org.clinigrade.grade;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Splits a stream into chunks of whole lines ('\n', with any '\r' before it dropped). Each chunk is read straight
 * into its own array, which is then handed to another thread as it is: the only copy is the part line at a chunk's
 * end, carried over to the next. Arrays given back with {@link #recycle} are read into again, which spares
 * clearing a new one for every chunk. A line longer than the limit is skipped and marked.
 */
final class LineChunks {

    /** enough for the chunks in flight on a few threads */
    private static final int POOLED = 8;

    private final InputStream in;
    private final int chunkBytes;
    private final int maxLineBytes;
    private byte[] carried = new byte[0];
    private int carriedLength;
    private boolean ended;
    private long nextLine = 1;
    private final Queue<byte[]> pool = new ConcurrentLinkedQueue<>();

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

    /** @param chunkBytes how much to read at a time; a chunk holds the whole lines in it (a longer line, alone) */
    LineChunks(InputStream in, int chunkBytes, int maxLineBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
    }

    /** the next chunk, or null at the end of the stream */
    Chunk next() throws IOException {
        byte[] data = buffer(Math.max(chunkBytes, carriedLength * 2));
        System.arraycopy(carried, 0, data, 0, carriedLength);
        int used = fill(data, carriedLength);
        Lines lines = Lines.of(data, used, ended, maxLineBytes);
        while (lines.size == 0 && !ended) {
            if (used > maxLineBytes) {
                return oversizeLine();
            }
            data = Arrays.copyOf(data, data.length * 2);
            used = fill(data, used);
            lines = Lines.of(data, used, ended, maxLineBytes);
        }
        carriedLength = used - lines.end;
        carried = Arrays.copyOfRange(data, lines.end, used);
        if (lines.size == 0) {
            return null;
        }
        Chunk chunk = new Chunk(data, lines.starts, lines.lengths, nextLine, lines.size);
        nextLine += lines.size;
        return chunk;
    }

    /** a chunk's array, once its lines are graded, for a later chunk */
    void recycle(byte[] data) {
        if (data.length == chunkBytes && pool.size() < POOLED) {
            pool.add(data);
        }
    }

    private byte[] buffer(int size) {
        byte[] pooled = size == chunkBytes ? pool.poll() : null;
        return pooled != null ? pooled : new byte[size];
    }

    /** the lines that end in data[0, used) (and at the end of the stream, the unterminated last one) */
    private record Lines(int[] starts, int[] lengths, int size, int end) {
        static Lines of(byte[] data, int used, boolean ended, int maxLineBytes) {
            int[] starts = new int[64];
            int[] lengths = new int[64];
            int size = 0;
            int start = 0;
            while (start < used) {
                int newline = ByteSearch.newline(data, start, used);
                if (newline < 0 && !ended) {
                    break;
                }
                int end = newline < 0 ? used : newline;
                int length = end > start && data[end - 1] == '\r' ? end - 1 - start : end - start;
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    lengths = Arrays.copyOf(lengths, size * 2);
                }
                starts[size] = start;
                lengths[size] = length > maxLineBytes ? -1 : length;
                size++;
                start = newline < 0 ? used : newline + 1;
            }
            return new Lines(starts, lengths, size, start);
        }
    }

    /** a chunk of one line too long to keep: the rest of it is read and dropped */
    private Chunk oversizeLine() throws IOException {
        byte[] buffer = new byte[chunkBytes];
        carriedLength = 0;
        while (!ended) {
            int used = fill(buffer, 0);
            int newline = ByteSearch.newline(buffer, 0, used);
            if (newline >= 0) {
                carried = Arrays.copyOfRange(buffer, newline + 1, used);
                carriedLength = carried.length;
                break;
            }
        }
        Chunk chunk = new Chunk(new byte[0], new int[] {0}, new int[] {-1}, nextLine, 1);
        nextLine++;
        return chunk;
    }

    /** reads into data from position used until it is full or the stream ends; the new number of bytes used */
    private int fill(byte[] data, int used) throws IOException {
        while (used < data.length && !ended) {
            int read = in.read(data, used, data.length - used);
            if (read < 0) {
                ended = true;
            } else {
                used += read;
            }
        }
        return used;
    }
}
