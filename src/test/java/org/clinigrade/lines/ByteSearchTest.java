package org.clinigrade.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search against a byte-at-a-time reading of its definition. */
class ByteSearchTest {

    /** bytes the search must tell apart: the one it looks for, its neighbours, and UTF-8 bytes */
    private static final byte[] ALPHABET = {'"', '\\', '\n', '\r', 0, 0x1F, ' ', '!', '#', '[', ']', 'a', 0x7F,
        (byte) 0x80, (byte) 0xA2, (byte) 0xDC, (byte) 0xE2, (byte) 0xFF};

    @Test
    void finds_the_first_newline_and_nothing_beyond_its_range() {
        Random random = new Random(8259);
        for (int trial = 0; trial < 200_000; trial++) {
            byte[] bytes = new byte[random.nextInt(40)];
            // mostly plain text, with a few bytes of every kind, so the first one falls anywhere in a word
            int density = 1 + random.nextInt(12);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(density) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : (byte) 'x';
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            String where = "trial " + trial + ", [" + from + ", " + to + ") of " + bytes.length;
            assertEquals(newline(bytes, from, to), ByteSearch.newline(bytes, from, to), where);
        }
    }

    private static int newline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
