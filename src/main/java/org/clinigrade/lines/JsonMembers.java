package org.clinigrade.lines;

import java.nio.charset.StandardCharsets;
import org.clinigrade.units.JsonSyntax;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a few named members of the JSON object on one line with Jackson's streaming parser, and checks that the whole
 * line is one well-formed JSON object, without building anything for the other members: made for output files whose
 * lines are mostly text grading does not need (a MedCalc-Bench line is 90% patient note, skipped undecoded). As strict
 * as Jackson is by default (no comments, no leading zeros, no unescaped control characters, nesting at most 500 deep).
 * Duplicate names: the last one counts. Thread-safe.
 */
public final class JsonMembers {

    private static final JsonFactory JSON = new JsonFactory();

    /** a member's value: its type, and its text (a string decoded; a number, true or false as written; an array or object as its JSON) */
    public record Member(Type type, String text) {
        public enum Type { STRING, NUMBER, BOOLEAN, ARRAY, OBJECT }

        public boolean scalar() {
            return type != Type.ARRAY && type != Type.OBJECT;
        }
    }

    private final String[] names;

    /** @param names the members to read; the rest are checked and skipped */
    public JsonMembers(String... names) {
        this.names = names.clone();
    }

    /**
     * @return the named members' values, in the order of the names; null where a member is absent or JSON null
     * @throws InvalidRecordException saying where the line stops being one JSON object
     */
    public Member[] read(byte[] bytes, int offset, int length) {
        Member[] members = new Member[names.length];
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw error(first == null ? "the line is empty" : "expected a JSON object", 1);
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken token = parser.nextToken();
                int slot = slot(name);
                if (slot < 0) {
                    parser.skipChildren();
                } else {
                    members[slot] = member(parser, token, bytes, offset);
                }
            }
            if (parser.nextToken() != null) {
                throw error("more than one JSON value on the line", parser.currentTokenLocation().getColumnNr());
            }
        } catch (JacksonException e) {
            throw error(JsonSyntax.problem(e), e.getLocation() == null ? -1 : e.getLocation().getColumnNr());
        }
        return members;
    }

    private int slot(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** the value the parser is at; an array or object as the bytes it spans */
    private static Member member(JsonParser parser, JsonToken token, byte[] bytes, int offset) {
        return switch (token) {
            case VALUE_STRING -> new Member(Member.Type.STRING, parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Member(Member.Type.NUMBER, parser.getString());
            case VALUE_TRUE, VALUE_FALSE -> new Member(Member.Type.BOOLEAN, parser.getString());
            case START_ARRAY, START_OBJECT -> {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                int end = (int) parser.currentLocation().getByteOffset();
                yield new Member(token == JsonToken.START_ARRAY ? Member.Type.ARRAY : Member.Type.OBJECT,
                        new String(bytes, offset + start, end - start, StandardCharsets.UTF_8));
            }
            default -> null;
        };
    }

    private static InvalidRecordException error(String what, int column) {
        return new InvalidRecordException(null, "not JSON: " + what + (column > 0 ? " (column " + column + ")" : ""));
    }
}
