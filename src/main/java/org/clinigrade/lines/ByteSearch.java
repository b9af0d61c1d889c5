package org.clinigrade.lines;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes eight at a time (SWAR: a word-wide test for "some byte in this long is X"). Grading a large file is
 * mostly finding line ends and skipping the patient note inside each line; a byte-at-a-time loop is the bottleneck
 * there, several times slower than the rest of grading. A search reads whole words while they lie within the array,
 * also past {@code to}: what lies beyond it is never reported, and a line's end is rarely a word's.
 */
final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = '\n' * ONES;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;

    private ByteSearch() {
    }

    /** the index of the first '\n' in bytes[from, to), or -1 */
    static int newline(byte[] bytes, int from, int to) {
        int i = from;
        for (int last = bytes.length - Long.BYTES; i < to && i <= last; i += Long.BYTES) {
            long found = zeroBytes((long) LONGS.get(bytes, i) ^ NEWLINES);
            if (found != 0) {
                int at = i + lowestByte(found);
                return at < to ? at : -1;
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Inside a JSON string: the index of the first byte in bytes[from, to) that is not plain string content (a
     * quote, a backslash or a control character), or {@code to} if there is none.
     */
    static int stringSpecial(byte[] bytes, int from, int to) {
        int i = from;
        for (int last = bytes.length - Long.BYTES; i < to && i <= last; i += Long.BYTES) {
            long found = stringSpecials((long) LONGS.get(bytes, i));
            if (found != 0) {
                return Math.min(i + lowestByte(found), to);
            }
        }
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b == '"' || b == '\\' || (b >= 0 && b < ' ')) {
                return i;
            }
        }
        return to;
    }

    /**
     * The high bit of each quote, backslash and control character in word, exact for the lowest one. The three
     * tests share one mask: a byte of 0x80 or more (UTF-8) is never special, and below it each subtraction sets the
     * high bit only where the byte is the one sought, or above a byte that is.
     */
    private static long stringSpecials(long word) {
        return ((word ^ QUOTES) - ONES | (word ^ BACKSLASHES) - ONES | word - SPACES) & ~word & HIGH_BITS;
    }

    /**
     * The high bit of each zero byte of word. Borrows only run upwards from a zero byte, so the lowest flag is
     * always exact; flags above it may not be, and are never used.
     */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGH_BITS;
    }

    private static int lowestByte(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }
}
