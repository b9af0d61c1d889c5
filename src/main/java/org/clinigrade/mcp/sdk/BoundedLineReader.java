package org.clinigrade.mcp.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-delimited messages from a stream without holding more than a limit: a longer line is consumed to
 * its end but only its start is kept, and it is reported as oversize. The line returned is valid until the next call.
 */
final class BoundedLineReader {

    /** a line without its line ending; {@code bytes[0..length)} is all of it, or its start if {@code oversize} */
    record Line(byte[] bytes, int length, boolean oversize) {
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int end;
    private byte[] line = new byte[CHUNK];

    BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** the next line, or null at the end of the stream */
    Line next() throws IOException {
        int length = 0;
        boolean oversize = false;
        boolean any = false;
        while (true) {
            if (position == end) {
                end = Math.max(in.read(chunk), 0);
                position = 0;
                if (end == 0) {
                    return any ? line(length, oversize) : null;
                }
            }
            any = true;
            int start = position;
            while (position < end && chunk[position] != '\n') {
                position++;
            }
            int kept = Math.min(position - start, maxBytes - length);
            oversize |= kept < position - start;
            append(start, kept, length);
            length += kept;
            if (position < end) {
                position++;
                return line(length, oversize);
            }
        }
    }

    private void append(int start, int count, int length) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(line.length * 2, maxBytes)));
        }
        System.arraycopy(chunk, start, line, length, count);
    }

    /** a line as read, without the carriage return of a CRLF ending */
    private Line line(int length, boolean oversize) {
        int trimmed = !oversize && length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new Line(line, trimmed, oversize);
    }
}
