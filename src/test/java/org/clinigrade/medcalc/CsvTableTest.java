package org.clinigrade.medcalc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path folder;

    @Test
    void reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks() throws IOException {
        List<Map<String, String>> rows = read("id,note,n\r\n1,\"a, \"\"b\"\"\r\nc\",2\n2,plain,3");

        assertEquals(List.of(Map.of("id", "1", "note", "a, \"b\"\r\nc", "n", "2"),
                Map.of("id", "2", "note", "plain", "n", "3")), rows);
    }

    @Test
    void a_quote_inside_a_field_opens_a_quoted_run_that_the_next_lone_quote_closes() throws IOException {
        assertEquals(List.of(Map.of("a", "ab,cd", "b", "", "c", "\"")), read("a,b,c\na\"b,c\"d,\"\",\"\"\"\""));
    }

    @Test
    void a_lone_carriage_return_ends_a_record_and_a_last_line_break_adds_none() throws IOException {
        assertEquals(List.of(Map.of("a", "1"), Map.of("a", "2")), read("a\r1\r2\n"));
    }

    @Test
    void an_unclosed_quote_runs_to_the_end_of_the_file() throws IOException {
        assertEquals(List.of(Map.of("a", "x", "b", "y\nz")), read("a,b\nx,\"y\nz"));
    }

    @Test
    void decodes_utf8_in_every_field() throws IOException {
        assertEquals(List.of(Map.of("unit", "µmol/L", "note", "≥ 2 – \"γ-GT\"")),
                read("unit,note\nµmol/L,\"≥ 2 – \"\"γ-GT\"\"\""));
    }

    @Test
    void keeps_a_replacement_character_that_the_file_really_holds() throws IOException {
        assertEquals(List.of(Map.of("a", "\uFFFD")), read("a\n\uFFFD"));
    }

    @Test
    void rejects_bytes_that_are_not_utf8_as_reading_the_file_as_text_does() throws IOException {
        assertThrows(MalformedInputException.class, () -> read(bytes("a,b\n1,", 0xE2, ',', '2')));
    }

    @Test
    void rejects_a_character_split_by_quotes_as_reading_the_file_as_text_does() throws IOException {
        // unquoted, the bytes of € join into one field; read as text, E2 before a quote is malformed
        assertThrows(MalformedInputException.class, () -> read(bytes("a\n", 0xE2, '"', 0x82, 0xAC, '"')));
    }

    @Test
    void rejects_a_record_whose_field_count_differs_from_the_header() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("a,b\n1,2\n\n"));
        assertTrue(e.getMessage().endsWith("record 2 has 1 fields, the header has 2"), e.getMessage());
    }

    @Test
    void rejects_an_empty_file() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(""));
        assertTrue(e.getMessage().endsWith("empty, expected a header row"), e.getMessage());
    }

    private List<Map<String, String>> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Map<String, String>> read(byte[] content) throws IOException {
        Path file = folder.resolve("table.csv");
        Files.write(file, content);
        return CsvTable.read(file);
    }

    private static byte[] bytes(String ascii, int... more) {
        byte[] bytes = new byte[ascii.length() + more.length];
        for (int i = 0; i < ascii.length(); i++) {
            bytes[i] = (byte) ascii.charAt(i);
        }
        for (int i = 0; i < more.length; i++) {
            bytes[ascii.length() + i] = (byte) more[i];
        }
        return bytes;
    }
}
