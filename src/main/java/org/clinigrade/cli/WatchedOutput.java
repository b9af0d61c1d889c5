package org.clinigrade.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers its first failed write, so a command can tell a full disk under {@code --out} (an
 * error naming the option) from a failure reading its input, whichever thread the write failed on.
 */
final class WatchedOutput extends FilterOutputStream {

    private final boolean closes;
    private volatile IOException failure;

    /** @param closes false for standard output, which is flushed and left open */
    WatchedOutput(OutputStream out, boolean closes) {
        super(out);
        this.closes = closes;
    }

    /** the first write that failed, or null */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        if (closes) {
            out.close();
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
