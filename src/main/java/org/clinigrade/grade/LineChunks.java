package org.clinigrade.grade;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into chunks of lines ('\n', with any '\r' before it dropped), copying each chunk's bytes so it
 * can be graded on another thread while the next is read. A line longer than the limit is skipped and marked.
 */
final class LineChunks {

    private static final int CHUNK_BYTES = 8 * 1024 * 1024;

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

    private final InputStream in;
    private final int maxLines;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 20];
    private int position;
    private int limit;
    private boolean ended;
    private long nextLine = 1;

    LineChunks(InputStream in, int maxLines, int maxLineBytes) {
        this.in = in;
        this.maxLines = maxLines;
        this.maxLineBytes = maxLineBytes;
    }

    /** the next chunk, or null at the end of the stream */
    Chunk next() throws IOException {
        byte[] data = new byte[64 * 1024];
        int used = 0;
        int[] starts = new int[maxLines];
        int[] lengths = new int[maxLines];
        int size = 0;
        while (size < maxLines && used < CHUNK_BYTES) {
            int start = used;
            int length = 0;
            boolean oversize = false;
            boolean sawAny = false;
            while (true) {
                if (position == limit && !fill()) {
                    break;
                }
                sawAny = true;
                int newline = indexOf(buffer, position, limit);
                int end = newline < 0 ? limit : newline;
                int take = end - position;
                if (!oversize && length + take > maxLineBytes) {
                    oversize = true;
                }
                if (!oversize) {
                    data = ensure(data, used + take);
                    System.arraycopy(buffer, position, data, used, take);
                    used += take;
                    length += take;
                }
                position = newline < 0 ? limit : newline + 1;
                if (newline >= 0) {
                    break;
                }
            }
            if (!sawAny) {
                break;
            }
            if (!oversize && length > 0 && data[start + length - 1] == '\r') {
                length--;
            }
            if (oversize) {
                used = start;
            }
            starts[size] = start;
            lengths[size] = oversize ? -1 : length;
            size++;
        }
        if (size == 0) {
            return null;
        }
        Chunk chunk = new Chunk(data, starts, lengths, nextLine, size);
        nextLine += size;
        return chunk;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ensure(byte[] data, int size) {
        return size <= data.length ? data : Arrays.copyOf(data, Math.max(size, data.length * 2));
    }
}
