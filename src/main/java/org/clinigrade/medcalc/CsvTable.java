package org.clinigrade.medcalc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).
 *
 * <p>It is read when a grading run starts, before the JIT has compiled anything, so it is parsed on the file's bytes
 * (every character that delimits a field is ASCII, so never part of a multi-byte UTF-8 sequence) and each field is
 * decoded on its own: most fields are then Latin-1 strings, and the notes are never walked char by char as UTF-16.
 */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * One map per record, keyed by the header's column names.
     *
     * @throws java.nio.charset.CharacterCodingException if the file is not UTF-8
     * @throws IllegalArgumentException for a record whose field count differs from the header's
     */
    static List<Map<String, String>> read(Path file) throws IOException {
        Records parsed = new Records(Files.readAllBytes(file));
        List<List<String>> records = parsed.all();
        if (parsed.maybeMalformed) {
            // a field decoded with a replacement character: fail as reading the file strictly fails, if it is malformed
            Files.readString(file, StandardCharsets.UTF_8);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, expected a header row");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(file + ": record " + i + " has " + fields.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int j = 0; j < header.size(); j++) {
                row.put(header.get(j), fields.get(j));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The records of a file's bytes. A quote opens a quoted run anywhere in a field and the next lone quote closes
     * it, so {@code a"b,c"d} is the one field {@code ab,cd}; a line break is {@code \n}, {@code \r\n} or {@code \r};
     * a last line without a line break is a record unless it is empty.
     */
    private static final class Records {
        private final byte[] bytes;
        private int at;
        /** the field being read, when it is more than one run of the file's bytes (a doubled quote, say) */
        private byte[] pieces = new byte[256];
        private int piecesLength;
        boolean maybeMalformed;

        Records(byte[] bytes) {
            this.bytes = bytes;
        }

        List<List<String>> all() {
            List<List<String>> records = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            while (true) {
                int end = field();
                if (end == bytes.length) {
                    if (piecesLength > 0 || !fields.isEmpty()) {
                        fields.add(decodePieces());
                        records.add(fields);
                    }
                    return records;
                }
                fields.add(decodePieces());
                at = end + 1;
                if (bytes[end] != ',') {
                    if (bytes[end] == '\r' && at < bytes.length && bytes[at] == '\n') {
                        at++;
                    }
                    records.add(fields);
                    fields = new ArrayList<>();
                }
            }
        }

        /** reads one field's bytes into {@link #pieces}; returns where it ends: a comma, a line break or the end */
        private int field() {
            piecesLength = 0;
            while (true) {
                int stop = at;
                while (stop < bytes.length && !delimits(bytes[stop])) {
                    stop++;
                }
                append(at, stop);
                if (stop == bytes.length || bytes[stop] != '"') {
                    return stop;
                }
                at = quoted(afterQuote(stop));
                if (at == bytes.length) {
                    return at;
                }
            }
        }

        /** reads a quoted run from just after its opening quote; returns where the field goes on after it */
        private int quoted(int from) {
            int start = from;
            while (true) {
                int quote = indexOfQuote(start);
                append(start, quote);
                if (quote == bytes.length) {
                    return quote;
                }
                if (quote + 1 < bytes.length && bytes[quote + 1] == '"') {
                    append(quote, quote + 1);
                    start = quote + 2;
                } else {
                    return afterQuote(quote);
                }
            }
        }

        /**
         * Just after a quote that is dropped. In UTF-8 a continuation byte never follows a quote, so if one does, the
         * bytes either side may join into a character that reading the whole file would have found malformed.
         */
        private int afterQuote(int quote) {
            int next = quote + 1;
            if (next < bytes.length && (bytes[next] & 0xC0) == 0x80) {
                maybeMalformed = true;
            }
            return next;
        }

        private int indexOfQuote(int from) {
            int i = from;
            while (i < bytes.length && bytes[i] != '"') {
                i++;
            }
            return i;
        }

        private static boolean delimits(byte b) {
            return b == ',' || b == '"' || b == '\n' || b == '\r';
        }

        private void append(int from, int to) {
            int length = to - from;
            if (piecesLength + length > pieces.length) {
                pieces = Arrays.copyOf(pieces, Math.max(pieces.length * 2, piecesLength + length));
            }
            System.arraycopy(bytes, from, pieces, piecesLength, length);
            piecesLength += length;
        }

        /** a malformed sequence decodes to a replacement character, which the caller then checks */
        private String decodePieces() {
            String field = new String(pieces, 0, piecesLength, StandardCharsets.UTF_8);
            if (field.indexOf('\uFFFD') >= 0) {
                maybeMalformed = true;
            }
            return field;
        }
    }
}
