package org.clinigrade.medcalc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file with a header row (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * One map per record, keyed by the header's column names.
     *
     * @throws IllegalArgumentException for a record whose field count differs from the header's
     */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<List<String>> records = records(Files.readString(file, StandardCharsets.UTF_8));
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

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
