package org.clinigrade.lines;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds line ends eight bytes at a time (SWAR: a word-wide test for "some byte in this long is '\n'"): reading a large
 * file is first finding where its lines end, and a byte-at-a-time loop is several times slower. A search reads whole
 * words while they lie within the array, also past {@code to}: what lies beyond it is never reported, and a line's
 * end is rarely a word's.
 */
final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = '\n' * ONES;

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
