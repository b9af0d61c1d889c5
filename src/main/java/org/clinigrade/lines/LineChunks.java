package org.clinigrade.lines;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A file's lines ('\n', with any '\r' before it dropped) in chunks, read in parallel: chunk k is the lines that
 * start in bytes [k·C, (k+1)·C), each grading thread reading its own at that position, so no one thread reads the
 * whole file and the bytes are graded while still in that thread's cache. A chunk is not split into lines here:
 * whoever grades its lines finds where each ends ({@link #contentEnd}) as it goes. Chunks are independent of each
 * other, so line numbers are counted by whoever takes the chunks in order. A line longer than the limit is not
 * kept, only marked. Arrays given back with {@link #recycle} are read into again, which spares clearing a new one
 * for every chunk.
 */
final class LineChunks {

    /** enough for the chunks in flight on a few threads */
    private static final int POOLED = 8;

    /**
     * The whole lines in {@code data[from, end)}, and, if {@code oversizeLast}, one more line after them that is
     * longer than the limit and was not read.
     */
    record Chunk(byte[] data, int from, int end, boolean oversizeLast) {
    }

    private final int chunkBytes;
    private final int maxLineBytes;
    private final Queue<byte[]> pool = new ConcurrentLinkedQueue<>();

    private final FileChannel file;
    private final long size;

    LineChunks(FileChannel file, int chunkBytes, int maxLineBytes) throws IOException {
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
        this.file = file;
        this.size = file.size();
    }

    int maxLineBytes() {
        return maxLineBytes;
    }

    /** where the content of the line that starts at {@code start} ends: its '\n' or "\r\n", or {@code limit} */
    static int contentEnd(byte[] data, int start, int limit) {
        int newline = ByteSearch.newline(data, start, limit);
        int end = newline < 0 ? limit : newline;
        return end > start && data[end - 1] == '\r' ? end - 1 : end;
    }

    /** where the line after one whose content ends at {@code contentEnd} starts */
    static int nextLine(byte[] data, int contentEnd, int limit) {
        int i = contentEnd;
        if (i < limit && data[i] == '\r') {
            i++;
        }
        return i < limit && data[i] == '\n' ? i + 1 : i;
    }

    /** one byte before the chunk, the chunk, and room for the end of its last line, which it usually reaches */
    private int bufferBytes() {
        return 1 + chunkBytes + chunkBytes / 16;
    }

    /** Chunk {@code k}, or null past the end. Safe to call from several threads at once. */
    Chunk chunk(int k) throws IOException {
        long start = (long) k * chunkBytes;
        if (start >= size) {
            return null;
        }
        // one byte before the chunk says whether a line starts at its first byte
        long from = k == 0 ? 0 : start - 1;
        byte[] data = buffer();
        int used = read(data, 0, from);
        int stop = (int) (start + chunkBytes - from);
        int first = k == 0 ? 0 : ByteSearch.newline(data, 0, used) + 1;
        if ((k != 0 && first == 0) || first >= stop) {
            return new Chunk(data, 0, 0, false);
        }
        // the last line that starts before stop is the one holding stop - 1, or the last line read
        int last = Math.max(first, Math.min(stop, used) - 1);
        int newline = ByteSearch.newline(data, last, used);
        if (newline >= 0) {
            return new Chunk(data, first, newline + 1, false);
        }
        if (from + used == size) {
            return new Chunk(data, first, used, false);
        }
        return tail(data, used, from, first, lineStart(data, first, last));
    }

    /** the start of the line that holds {@code i} */
    private static int lineStart(byte[] data, int first, int i) {
        int start = i;
        while (start > first && data[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    /** the chunk whose last line, from {@code lineStart}, goes on past what was read: read on to its end */
    private Chunk tail(byte[] data, int used, long from, int first, int lineStart) throws IOException {
        while (from + used < size && used - lineStart <= maxLineBytes) {
            int searched = used;
            data = Arrays.copyOf(data, data.length + Math.max(data.length / 2, 1));
            used = read(data, used, from + used);
            int newline = ByteSearch.newline(data, searched, used);
            if (newline >= 0) {
                return new Chunk(data, first, newline + 1, false);
            }
        }
        return from + used == size ? new Chunk(data, first, used, false) : new Chunk(data, first, lineStart, true);
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
}
