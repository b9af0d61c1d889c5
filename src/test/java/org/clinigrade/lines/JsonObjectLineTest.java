package org.clinigrade.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The fast reader against Jackson: the same lines accepted, the same values read. */
class JsonObjectLineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonObjectLine READER = new JsonObjectLine("a", "note", "n", "list", "é\"");

    /** lines that exercise every part of the grammar, plus the real-format fixture */
    static Stream<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "{}",
                " {\"a\": \"x\"} \t",
                "{\"a\":\"tab\\there \\\"quoted\\\" back\\\\slash \\/ \\b\\f\\n\\r \\u00e9\\uD83D\\uDE00 end\"}",
                "{\"note\": \"" + "Plain note text, 8 bytes at a time. ".repeat(20) + "\", \"a\": 1}",
                "{\"n\": -0.5e+10, \"a\": 0, \"list\": [1, -2.25, 3E-2, true, false, null, \"s\", {}, []], \"x\": {\"y\": [{}]}}",
                "{\"a\": null, \"n\": 10, \"note\": \"é ü 中文 \\u0041\", \"a\": \"last wins\"}",
                "{\"\\u00e9\\\"\": \"escaped name\", \"list\": {\"nested\": {\"deep\": [[[\"x\"]]]}}}",
                "\uFEFF{\"a\": \"after a byte-order mark\"}"));
        lines.addAll(Files.readAllLines(Path.of("testcases/grading/medcalc-outputs.jsonl")));
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("lines")
    void reads_the_named_members_as_jackson_does(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        JsonObjectLine.Member[] members = READER.read(bytes, 0, bytes.length);
        String[] expected = jackson(bytes);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], members[i] == null ? null : members[i].type() + " " + (members[i].scalar()
                    ? members[i].text() : JSON.writeValueAsString(JSON.readTree(members[i].text()))), "member " + i);
        }
    }

    /** every truncation, and thousands of one-byte edits, accepted or refused as Jackson does */
    @ParameterizedTest
    @MethodSource("lines")
    void accepts_and_refuses_what_jackson_does(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < bytes.length; cut++) {
            assertSameVerdict(Arrays.copyOf(bytes, cut));
        }
        byte[] edits = "{}[]\",:\\0123456789-+.eEtrufalsn /u\t\r\u0001x".getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(line.hashCode());
        for (int trial = 0; trial < 2000; trial++) {
            int at = random.nextInt(bytes.length);
            if (bytes[at] < 0) {
                continue; // keeps the line valid UTF-8: the one place the reader is knowingly more lenient
            }
            byte[] edited = bytes.clone();
            edited[at] = edits[random.nextInt(edits.length)];
            assertSameVerdict(edited);
            byte[] removed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, removed, 0, at);
            System.arraycopy(bytes, at + 1, removed, at, bytes.length - at - 1);
            assertSameVerdict(removed);
        }
    }

    @Test
    void nesting_is_refused_past_jackson_s_limit_without_overflowing_the_stack() {
        assertSameVerdict(("{\"a\":" + "[".repeat(498) + "]".repeat(498) + "}").getBytes(StandardCharsets.UTF_8));
        assertSameVerdict(("{\"a\":" + "[".repeat(499) + "]".repeat(499) + "}").getBytes(StandardCharsets.UTF_8));
        byte[] deep = ("{\"a\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> READER.read(deep, 0, deep.length));
        assertTrue(e.getMessage().contains("nested more than 500 deep"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                          | the line is empty (column 1)",
            "[1]                         | expected a JSON object (column 1)",
            "{\"a\": 1                    | the line ends inside an object (column 8)",
            "{\"a\": \"unterminated}       | the line ends inside a string (column 21)",
            "{\"a\": 01}                  | a number with a leading zero (column 8)",
            "{\"a\": 1,}                  | expected a member name in double quotes (column 9)",
            "{a: 1}                      | expected a member name in double quotes (column 2)",
            "{\"a\": \"bad \\x escape\"}     | invalid escape in a string (column 12)",
            "{\"a\": 1} {}                | more than one JSON value on the line (column 10)",
            "{\"a\": tru}                 | expected a value (column 7)",
            "{\"a\": \"raw\ttab\"}           | unescaped control character (code 9) in a string (column 11)"})
    void says_what_is_wrong_and_where(String line, String message) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> READER.read(bytes, 0, bytes.length));
        assertEquals("not JSON: " + message, e.getMessage());
        assertNull(e.id());
    }

    @Test
    void reads_only_its_slice_of_a_larger_array() {
        byte[] bytes = "xx{\"a\": \"inside\"}{\"a\": 2}".getBytes(StandardCharsets.UTF_8);
        assertEquals("inside", READER.read(bytes, 2, 15)[0].text());
    }

    private static void assertSameVerdict(byte[] line) {
        boolean jackson = jacksonAccepts(line);
        boolean ours;
        try {
            READER.read(line, 0, line.length);
            ours = true;
        } catch (InvalidRecordException e) {
            ours = false;
        }
        assertEquals(jackson, ours, () -> "Jackson " + (jackson ? "accepts" : "refuses") + ": "
                + new String(line, StandardCharsets.UTF_8));
        assertSameInPlace(line);
    }

    /**
     * Read in place from a buffer of lines (ending in '\n', in "\r\n", or at the end of the buffer), a line gives the
     * same members or the same message as read on its own, and its end is found.
     */
    private static void assertSameInPlace(byte[] line) {
        for (String after : new String[] {"\n{\"a\": 2}\n", "\r\n{\"a\": 2}", ""}) {
            // the line as it would be split: a '\r' right before its end is not part of it
            int length = !after.startsWith("\r") && line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            String alone = outcome(() -> READER.read(line, 0, length));
            byte[] buffer = (new String(line, StandardCharsets.ISO_8859_1) + after).getBytes(StandardCharsets.ISO_8859_1);
            int[] end = {-1};
            String inPlace = outcome(() -> {
                JsonObjectLine.Line read = READER.readLine(buffer, 0, buffer.length);
                end[0] = read.end();
                return read.members();
            });
            assertEquals(alone, inPlace, () -> "in place, followed by " + after.replace("\r", "\\r").replace("\n", "\\n")
                    + ": " + new String(line, StandardCharsets.UTF_8));
            if (end[0] >= 0) {
                assertEquals(length, end[0], "where the line ends");
            }
        }
    }

    private static String outcome(java.util.function.Supplier<JsonObjectLine.Member[]> reading) {
        try {
            return Arrays.toString(reading.get());
        } catch (InvalidRecordException e) {
            return e.getMessage();
        }
    }

    private static boolean jacksonAccepts(byte[] line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    /** the named members as "TYPE text", read with Jackson's streaming parser */
    private static String[] jackson(byte[] line) {
        String[] values = new String[5];
        List<String> names = List.of("a", "note", "n", "list", "é\"");
        try (JsonParser parser = JSON.createParser(line)) {
            parser.nextToken();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken token = parser.nextToken();
                int slot = names.indexOf(name);
                String value = switch (token) {
                    case VALUE_NULL -> null;
                    case VALUE_STRING -> "STRING " + parser.getString();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER " + parser.getString();
                    case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN " + parser.getString();
                    case START_ARRAY -> "ARRAY " + JSON.writeValueAsString(parser.readValueAsTree());
                    default -> "OBJECT " + JSON.writeValueAsString(parser.readValueAsTree());
                };
                if (slot >= 0) {
                    values[slot] = value;
                }
            }
        }
        return values;
    }
}
