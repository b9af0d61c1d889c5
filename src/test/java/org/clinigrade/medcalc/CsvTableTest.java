package org.clinigrade.medcalc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinigrade.calc.InvalidInputException;
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
    void a_quote_inside_an_unquoted_field_is_an_ordinary_character() throws IOException {
        assertEquals(List.of(Map.of("a", "5\"x", "b", "", "c", "\"")), read("a,b,c\n5\"x,\"\",\"\"\"\""));
    }

    @Test
    void a_lone_carriage_return_ends_a_record_and_a_last_line_break_adds_none() throws IOException {
        assertEquals(List.of(Map.of("a", "1"), Map.of("a", "2")), read("a\r1\r2\n"));
    }

    @Test
    void a_header_without_records_is_no_rows() throws IOException {
        assertEquals(List.of(), read("a,b\n"));
    }

    @Test
    void an_unclosed_quote_is_an_error_naming_the_line_its_record_starts_on() {
        assertError("line 3: Missing closing quote for value", "a,b\n1,2\nx,\"y\nz");
    }

    @Test
    void characters_after_a_closing_quote_are_an_error_naming_the_line() {
        assertError("line 2: Unexpected character ('y' (code 121))", "a,b\n\"x\"y,2\n");
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
    void rejects_bytes_that_are_not_utf8_naming_their_line() {
        assertError("line 3: bytes that are not UTF-8", bytes("a,b\r\n1,2\r3,", 0xE2, ',', '2'));
    }

    @Test
    void rejects_a_character_split_by_quotes() {
        // E2 opens a three-byte character: a quote cannot be its second byte, even if quotes were dropped
        assertError("line 2: bytes that are not UTF-8", bytes("a\n", 0xE2, '"', 0x82, 0xAC, '"'));
    }

    @Test
    void rejects_a_record_whose_field_count_differs_from_the_header() {
        assertError("line 3: the record has 1 fields, the header 2", "a,b\n1,2\n3\n");
    }

    @Test
    void counts_the_lines_of_a_quoted_line_break_in_the_line_it_names() {
        assertError("line 4: the record has 3 fields, the header 2", "a,b\n1,\"x\ny\"\n3,4,5\n");
    }

    @Test
    void rejects_a_blank_line_as_a_record_of_one_empty_field() {
        assertError("line 3: the record has 1 fields, the header 2", "a,b\n1,2\n\n3,4\n");
    }

    @Test
    void rejects_an_empty_file() {
        assertError("empty, expected a header row", "");
    }

    private void assertError(String message, String text) {
        assertError(message, text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertError(String message, byte[] content) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(content));
        assertTrue(e.getMessage().startsWith(folder.resolve("table.csv") + ": " + message), e.getMessage());
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
