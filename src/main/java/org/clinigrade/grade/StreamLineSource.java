package org.clinigrade.grade;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;

/**
 * Lines from a stream, read in order: each chunk is read straight into its own array, and the only copy is the
 * part line at a chunk's end, carried over to the next.
 */
final class StreamLineSource extends LineSource {

    private final InputStream in;
    private byte[] carried = new byte[0];
    private boolean ended;
    private long nextLine = 1;
    private int nextChunk;

    StreamLineSource(InputStream in, int chunkBytes, int maxLineBytes) {
        super(chunkBytes, maxLineBytes);
        this.in = in;
    }

    @Override
    synchronized Chunk chunk(int k) throws IOException {
        try {
            while (nextChunk != k) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting to read chunk " + k);
        }
        try {
            return next();
        } finally {
            nextChunk++;
            notifyAll();
        }
    }

    private Chunk next() throws IOException {
        byte[] data = carried.length * 2 <= chunkBytes ? buffer() : new byte[carried.length * 2];
        System.arraycopy(carried, 0, data, 0, carried.length);
        int used = fill(data, carried.length);
        Lines lines = Lines.split(data, 0, used, used, ended, maxLineBytes);
        while (lines.size() == 0 && !ended) {
            if (used > maxLineBytes) {
                return oversizeLine();
            }
            data = Arrays.copyOf(data, data.length * 2);
            used = fill(data, used);
            lines = Lines.split(data, 0, used, used, ended, maxLineBytes);
        }
        carried = Arrays.copyOfRange(data, lines.end(), used);
        if (lines.size() == 0) {
            return null;
        }
        Chunk chunk = new Chunk(data, lines.starts(), lines.lengths(), nextLine, lines.size());
        nextLine += lines.size();
        return chunk;
    }

    /** a chunk of one line too long to keep: the rest of it is read and dropped */
    private Chunk oversizeLine() throws IOException {
        byte[] buffer = new byte[chunkBytes];
        carried = new byte[0];
        while (!ended) {
            int used = fill(buffer, 0);
            int newline = ByteSearch.newline(buffer, 0, used);
            if (newline >= 0) {
                carried = Arrays.copyOfRange(buffer, newline + 1, used);
                break;
            }
        }
        return new Chunk(new byte[0], new int[] {0}, new int[] {-1}, nextLine++, 1);
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
