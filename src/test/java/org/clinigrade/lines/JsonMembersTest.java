package org.clinigrade.lines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.clinigrade.lines.JsonMembers.Member;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMembersTest {

    private static final JsonMembers READER = new JsonMembers("a", "n", "list", "é\"", "absent");

    private static Member[] read(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return READER.read(bytes, 0, bytes.length);
    }

    @Test
    void reads_the_named_members_strings_decoded_numbers_as_written_containers_as_their_json() {
        Member[] members = read("{\"note\": \"skipped\", \"a\": \"tab\\there \\u00e9\\uD83D\\uDE00\", \"n\": -0.5e+10, "
                + "\"list\": [1, {\"x\": null}, \"]\"], \"\\u00e9\\\"\": true, \"deep\": {\"y\": [[{}]]}}");
        assertArrayEquals(new Member[] {new Member(Member.Type.STRING, "tab\there é😀"),
            new Member(Member.Type.NUMBER, "-0.5e+10"), new Member(Member.Type.ARRAY, "[1, {\"x\": null}, \"]\"]"),
            new Member(Member.Type.BOOLEAN, "true"), null}, members);
    }

    @Test
    void null_is_absent_and_the_last_of_two_members_of_one_name_counts() {
        Member[] members = read("{\"a\": \"first\", \"n\": null, \"a\": \"last\"}");
        assertEquals(new Member(Member.Type.STRING, "last"), members[0]);
        assertNull(members[1]);
    }

    @Test
    void an_object_member_is_its_json_after_a_byte_order_mark_too() {
        assertEquals(new Member(Member.Type.OBJECT, "{\"b\": [2]}"), read("\uFEFF{\"list\": {\"b\": [2]}}")[2]);
    }

    @Test
    void reads_only_its_slice_of_a_larger_array() {
        String inside = "{\"a\": \"inside\", \"list\": [3]}";
        byte[] bytes = ("xx" + inside + "{\"a\": 2}").getBytes(StandardCharsets.UTF_8);
        Member[] members = READER.read(bytes, 2, inside.length());
        assertEquals("inside", members[0].text());
        assertEquals("[3]", members[2].text());
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"", "[1]", "{\"a\": 1", "{\"a\": \"unterminated}", "{\"a\": 01}", "{\"a\": 1,}", "{a: 1}",
        "{\"a\": \"bad \\x escape\"}", "{\"a\": 1} {}", "{\"a\": tru}", "{\"a\": \"raw\ttab\"}", "{/* comment */}"})
    void refuses_anything_but_one_well_formed_object_saying_so(String line) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read(line));
        assertTrue(e.getMessage().startsWith("not JSON: "), e.getMessage());
        assertNull(e.id());
    }

    @Test
    void says_where_the_line_goes_wrong() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read("{\"a\": 1} {}"));
        assertEquals("not JSON: more than one JSON value on the line (column 10)", e.getMessage());
        e = assertThrows(InvalidRecordException.class, () -> read("{\"a\": 01}"));
        assertTrue(e.getMessage().contains("Leading zeroes not allowed") && e.getMessage().endsWith("(column 8)"), e.getMessage());
    }

    @Test
    void nesting_is_refused_past_500_without_overflowing_the_stack() {
        read("{\"a\":" + "[".repeat(499) + "]".repeat(499) + "}");
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read("{\"a\":" + "[".repeat(100_000)));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }
}
