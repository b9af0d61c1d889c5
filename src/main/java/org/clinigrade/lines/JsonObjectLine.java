package org.clinigrade.lines;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a few named members of the JSON object on one line, and checks that the whole line is one well-formed JSON
 * object, without building anything for the other members. Made for output files whose lines are mostly text
 * grading does not need (a MedCalc-Bench line is 90% patient note): strings are skipped with {@link ByteSearch},
 * several times faster than a general parser's character-by-character skip.
 *
 * <p>It follows RFC 8259's grammar as strictly as Jackson does by default (no comments, no leading zeros, no
 * unescaped control characters, nesting at most 500 deep), with one leniency: bytes that are not valid UTF-8 are
 * read as U+FFFD instead of rejecting the line. Duplicate names: the last one counts. Thread-safe.
 */
public final class JsonObjectLine {

    /** deeper nesting is refused rather than risk the stack */
    static final int MAX_DEPTH = 500;

    /** a member's value: its type, and its text (a string decoded; a number, true or false as written; an array or object as its JSON) */
    public record Member(Type type, String text) {
        public enum Type { STRING, NUMBER, BOOLEAN, ARRAY, OBJECT }

        public boolean scalar() {
            return type != Type.ARRAY && type != Type.OBJECT;
        }
    }

    /** each byte's value as a hex digit, or -1: notes written by Python are full of \\uXXXX escapes */
    private static final byte[] HEX = new byte[256];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int b = 0; b < 256; b++) {
            int digit = Character.digit(b, 16);
            if (digit >= 0 && b < 128) {
                HEX[b] = (byte) digit;
            }
        }
    }

    private final byte[][] names;

    /** @param names the members to read; the rest are checked and skipped */
    public JsonObjectLine(String... names) {
        this.names = Arrays.stream(names).map(name -> name.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /**
     * @return the named members' values, in the order of the names; null where a member is absent or JSON null
     * @throws InvalidRecordException saying where the line stops being one JSON object
     */
    public Member[] read(byte[] bytes, int offset, int length) {
        return new Reading(bytes, offset, offset + length, false).object();
    }

    /** The members of a line read in place, and where its content ends: at its '\n', its "\r\n", or the limit. */
    public record Line(Member[] members, int end) {
    }

    /**
     * Reads the line that starts at {@code offset} in a buffer of lines, finding where it ends in the same pass:
     * a well-formed line never holds a raw '\n', so its end is the first one after the object, and a separate
     * search for line ends would read every byte twice.
     *
     * @throws InvalidRecordException as {@link #read} does, with the same message for the same line
     */
    public Line readLine(byte[] bytes, int offset, int limit) {
        Reading reading = new Reading(bytes, offset, limit, true);
        return new Line(reading.object(), reading.p);
    }

    /** one pass over one line */
    private final class Reading {
        private final byte[] bytes;
        private final int start;
        private final int end;
        /** whether the line ends at its first '\n' before {@code end} as well */
        private final boolean inPlace;
        private int p;
        private boolean plainString;
        private final Member[] members = new Member[names.length];

        Reading(byte[] bytes, int start, int end, boolean inPlace) {
            this.bytes = bytes;
            this.start = start;
            this.end = end;
            this.inPlace = inPlace;
            this.p = start;
        }

        /** whether the line ends at i; a '\r' before its '\n' (or before the end of the file) is not part of it */
        private boolean endsAt(int i) {
            if (i >= end) {
                return true;
            }
            if (!inPlace) {
                return false;
            }
            byte b = bytes[i];
            return b == '\n' || b == '\r' && (i + 1 == end || bytes[i + 1] == '\n');
        }

        Member[] object() {
            if (end - p >= 3 && bytes[p] == (byte) 0xEF && bytes[p + 1] == (byte) 0xBB && bytes[p + 2] == (byte) 0xBF) {
                p += 3;
            }
            skipSpace();
            if (endsAt(p) || bytes[p] != '{') {
                throw error(endsAt(p) ? "the line is empty" : "expected a JSON object");
            }
            members(0, true);
            skipSpace();
            if (!endsAt(p)) {
                throw error("more than one JSON value on the line");
            }
            return members;
        }

        /** the members of the object whose '{' is at p; top level only, the wanted ones are kept */
        private void members(int depth, boolean keep) {
            if (empty('}')) {
                return;
            }
            while (true) {
                if (peek() != '"') {
                    throw error("expected a member name in double quotes");
                }
                int nameStart = p + 1;
                p = stringEnd(nameStart);
                int slot = keep ? slot(nameStart, p) : -1;
                p++;
                skipSpace();
                if (peek() != ':') {
                    throw error("expected ':' after a member name");
                }
                p++;
                skipSpace();
                int valueStart = p;
                Member.Type type = value(depth);
                if (slot >= 0) {
                    members[slot] = type == null ? null : member(type, valueStart, p);
                }
                if (closed('}', "an object")) {
                    return;
                }
            }
        }

        /** the elements of the array whose '[' is at p */
        private void elements(int depth) {
            if (empty(']')) {
                return;
            }
            while (true) {
                value(depth);
                if (closed(']', "an array")) {
                    return;
                }
            }
        }

        /** past the opening bracket at p: true if the container is empty, and then past its closing bracket too */
        private boolean empty(char bracket) {
            p++;
            skipSpace();
            if (peek() == bracket) {
                p++;
                return true;
            }
            return false;
        }

        /** after a member or element: true past the closing bracket, false past a comma */
        private boolean closed(char bracket, String container) {
            skipSpace();
            int next = peek();
            if (next == bracket) {
                p++;
                return true;
            }
            if (next != ',') {
                throw error(next < 0 ? "the line ends inside " + container
                        : "expected ',' or '" + bracket + "' in " + container);
            }
            p++;
            skipSpace();
            return false;
        }

        /** skips the value at p; its type, or null for JSON null */
        private Member.Type value(int depth) {
            int c = peek();
            if (c == '"') {
                p = stringEnd(p + 1) + 1;
                return Member.Type.STRING;
            }
            if (c == '{' || c == '[') {
                if (depth + 1 >= MAX_DEPTH) {
                    throw error("nested more than " + MAX_DEPTH + " deep");
                }
                if (c == '{') {
                    members(depth + 1, false);
                    return Member.Type.OBJECT;
                }
                elements(depth + 1);
                return Member.Type.ARRAY;
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                number();
                return Member.Type.NUMBER;
            }
            if (literal("true") || literal("false")) {
                return Member.Type.BOOLEAN;
            }
            if (literal("null")) {
                return null;
            }
            throw error(c < 0 ? "the line ends where a value should be" : "expected a value");
        }

        /**
         * The index of the quote that closes the string whose content starts at from; says in {@link #plainString}
         * whether the string has no escapes, so that its bytes are its text.
         */
        private int stringEnd(int from) {
            int i = from;
            plainString = true;
            while (true) {
                i = ByteSearch.stringSpecial(bytes, i, end);
                byte b = i < end ? bytes[i] : 0;
                if (b == '"') {
                    return i;
                }
                if (b == '\\') {
                    plainString = false;
                    i += escapeLength(i);
                    continue;
                }
                p = i;
                throw error(endsAt(i) ? "the line ends inside a string"
                        : "unescaped control character (code " + b + ") in a string");
            }
        }

        private int escapeLength(int backslash) {
            int e = backslash + 1 < end ? bytes[backslash + 1] : -1;
            if (e == 'u' && backslash + 6 <= end && hex(backslash + 2) >= 0) {
                return 6;
            }
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                return 2;
            }
            p = backslash;
            throw error("invalid escape in a string");
        }

        /** the value of the four hex digits at i, or -1 */
        private int hex(int i) {
            int value = 0;
            for (int k = i; k < i + 4; k++) {
                int digit = HEX[bytes[k] & 0xFF];
                if (digit < 0) {
                    return -1;
                }
                value = value * 16 + digit;
            }
            return value;
        }

        private void number() {
            if (peek() == '-') {
                p++;
            }
            if (peek() == '0') {
                p++;
                if (peek() >= '0' && peek() <= '9') {
                    throw error("a number with a leading zero");
                }
            } else if (digits() == 0) {
                throw error("expected a digit");
            }
            if (peek() == '.') {
                p++;
                if (digits() == 0) {
                    throw error("expected a digit after '.'");
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                p++;
                if (peek() == '+' || peek() == '-') {
                    p++;
                }
                if (digits() == 0) {
                    throw error("expected a digit in the exponent");
                }
            }
        }

        private int digits() {
            int from = p;
            while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
                p++;
            }
            return p - from;
        }

        private boolean literal(String word) {
            if (end - p < word.length()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (bytes[p + i] != word.charAt(i)) {
                    return false;
                }
            }
            p += word.length();
            return true;
        }

        /** the wanted name that the name just passed over, [from, to), is; or -1 */
        private int slot(int from, int to) {
            boolean plain = plainString;
            String decoded = plain ? null : decode(from, to);
            for (int i = 0; i < names.length; i++) {
                if (plain ? Arrays.equals(bytes, from, to, names[i], 0, names[i].length)
                        : decoded.equals(new String(names[i], StandardCharsets.UTF_8))) {
                    return i;
                }
            }
            return -1;
        }

        /** the value just passed over, [from, to) */
        private Member member(Member.Type type, int from, int to) {
            if (type != Member.Type.STRING) {
                return new Member(type, new String(bytes, from, to - from, StandardCharsets.UTF_8));
            }
            return new Member(type, plainString ? new String(bytes, from + 1, to - from - 2, StandardCharsets.UTF_8)
                    : decode(from + 1, to - 1));
        }

        /** the text of a string's content [from, to), which has been checked and has escapes */
        private String decode(int from, int to) {
            StringBuilder text = new StringBuilder(to - from);
            int i = from;
            while (i < to) {
                int special = ByteSearch.stringSpecial(bytes, i, to);
                text.append(new String(bytes, i, special - i, StandardCharsets.UTF_8));
                if (special == to) {
                    break;
                }
                byte e = bytes[special + 1];
                text.append(switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'u' -> (char) hex(special + 2);
                    default -> (char) e;
                });
                i = special + (e == 'u' ? 6 : 2);
            }
            return text.toString();
        }

        private void skipSpace() {
            while (p < end) {
                byte b = bytes[p];
                if (b != ' ' && b != '\t' && (b != '\r' && b != '\n' || endsAt(p))) {
                    return;
                }
                p++;
            }
        }

        /** the byte at p, or -1 where the line ends */
        private int peek() {
            if (p >= end) {
                return -1;
            }
            int b = bytes[p] & 0xFF;
            return (b == '\n' || b == '\r') && endsAt(p) ? -1 : b;
        }

        private InvalidRecordException error(String what) {
            return new InvalidRecordException(null, "not JSON: " + what + " (column " + (p - start + 1) + ")");
        }
    }
}
