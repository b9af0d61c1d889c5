package org.clinigrade.medcalc;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;

/** A UTF-8 CSV file with a header row, read with Jackson's CSV module (RFC 4180 quoting). */
final class CsvTable {

    /** without a schema, each record is read as an array of strings; the header is the first of them */
    private static final CsvFactory CSV = new CsvFactory();

    private CsvTable() {
    }

    /**
     * One map per record, keyed by the header's column names.
     *
     * @throws InvalidInputException naming the file and the line of the record that is not UTF-8, is malformed or
     *     whose field count differs from the header's, or saying that the file is empty
     */
    static List<Map<String, String>> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long line = 1;
        try (JsonParser parser = CSV.createParser(ObjectReadContext.empty(), bytes)) {
            List<String> header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            // between records, the parser stands at the start of the next one's first line
            for (; parser.nextToken() == JsonToken.START_ARRAY; line = parser.currentLocation().getLineNr()) {
                List<String> fields = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    fields.add(parser.getString());
                }
                if (header == null) {
                    header = fields;
                } else {
                    rows.add(row(header, fields, file, line));
                }
            }
            if (header == null) {
                throw new InvalidInputException(file.toString(), "empty, expected a header row");
            }
            return rows;
        } catch (JacksonException e) {
            if (e.getCause() instanceof CharConversionException) {
                throw new InvalidInputException(file.toString(), "line " + lineOfMalformedBytes(bytes)
                        + ": bytes that are not UTF-8");
            }
            throw new InvalidInputException(file.toString(), "line " + line + ": " + e.getOriginalMessage());
        }
    }

    private static Map<String, String> row(List<String> header, List<String> fields, Path file, long line) {
        if (fields.size() != header.size()) {
            throw new InvalidInputException(file.toString(), "line " + line + ": the record has " + fields.size()
                    + " fields, the header " + header.size());
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), fields.get(i));
        }
        return row;
    }

    /** the parser decodes ahead of the record it reads, so where its decoding failed is found again here */
    private static int lineOfMalformedBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
        return lineOf(bytes, in.position());
    }

    /** the line of the byte at {@code offset}, counting line breaks as the CSV parser does: LF, CR LF or CR alone */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
