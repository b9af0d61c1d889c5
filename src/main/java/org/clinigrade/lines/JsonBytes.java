package org.clinigrade.lines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;

/**
 * JSON written straight into a growable byte array, for verdict lines. A large grading run writes a verdict for every
 * record, and a general-purpose generator's checks and buffering were a fifth of its time. The bytes are the ones
 * Jackson writes with its defaults (no indentation, strings escaped as {@code JsonBytesTest} checks against it), so
 * a verdict reads the same whichever wrote it.
 */
public final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    private static final byte[] NULL = bytes("null");
    /** strings whose bytes are kept: a power of two, and more than a verdict's distinct strings */
    private static final int KEPT = 256;
    private static final int MAX_KEPT_LENGTH = 128;

    private byte[] bytes;
    private int size;
    private char[] chars = new char[64];
    private final String[] keptText = new String[KEPT];
    private final byte[][] keptJson = new byte[KEPT][];
    /** a value or member was written in the current object or array, so the next one needs a comma */
    private boolean comma;
    /** a member's name was just written, so its value follows without a comma */
    private boolean named;

    public JsonBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    public int size() {
        return size;
    }

    public void writeTo(OutputStream out, int from, int to) throws IOException {
        out.write(bytes, from, to - from);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** empties it, to write anew; the strings whose bytes it keeps stay kept */
    public JsonBytes clear() {
        size = 0;
        comma = false;
        named = false;
        return this;
    }

    /** ends a line: what follows starts a new top-level value */
    public JsonBytes newline() {
        put((byte) '\n');
        comma = false;
        named = false;
        return this;
    }

    public JsonBytes startObject() {
        return open('{');
    }

    public JsonBytes endObject() {
        return close('}');
    }

    public JsonBytes startArray() {
        return open('[');
    }

    public JsonBytes endArray() {
        return close(']');
    }

    /** starts an object or array */
    private JsonBytes open(char bracket) {
        beforeValue();
        put((byte) bracket);
        comma = false;
        return this;
    }

    /** ends an object or array */
    private JsonBytes close(char bracket) {
        put((byte) bracket);
        comma = true;
        return this;
    }

    public JsonBytes name(String name) {
        if (comma) {
            put((byte) ',');
        }
        quoted(name);
        put((byte) ':');
        named = true;
        return this;
    }

    /** a string, or null */
    public JsonBytes string(String value) {
        beforeValue();
        if (value == null) {
            put(NULL);
        } else {
            quoted(value);
        }
        comma = true;
        return this;
    }

    public JsonBytes bool(boolean value) {
        beforeValue();
        put(value ? TRUE : FALSE);
        comma = true;
        return this;
    }

    public JsonBytes number(long value) {
        if (value < 0) {
            return raw(Long.toString(value));
        }
        beforeValue();
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        long rest = value;
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
        comma = true;
        return this;
    }

    /** a number as a tree's double node writes it */
    public JsonBytes number(double value) {
        return Double.isFinite(value) ? raw(Double.toString(value)) : node(DoubleNode.valueOf(value));
    }

    /** a number, or null */
    public JsonBytes number(Double value) {
        return value == null ? string(null) : number(value.doubleValue());
    }

    /** a value written as JSON already, such as another writer's object */
    public JsonBytes json(byte[] value) {
        beforeValue();
        put(value);
        comma = true;
        return this;
    }

    /** a tree, member by member */
    public JsonBytes node(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                startObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    name(property.getKey()).node(property.getValue());
                }
                endObject();
            }
            case ARRAY -> {
                startArray();
                for (JsonNode element : node) {
                    node(element);
                }
                endArray();
            }
            case STRING -> string(node.stringValue());
            case BOOLEAN -> bool(node.booleanValue());
            case NULL -> string(null);
            case NUMBER -> number(node);
            default -> raw(node.toString());
        }
        return this;
    }

    private void number(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            number(node.longValue());
        } else if (node.isDouble() && Double.isFinite(node.doubleValue())) {
            number(node.doubleValue());
        } else {
            raw(node.toString());
        }
    }

    /** a value already written as JSON, such as a number */
    private JsonBytes raw(String json) {
        beforeValue();
        for (int i = 0; i < json.length(); i++) {
            put((byte) json.charAt(i));
        }
        comma = true;
        return this;
    }

    private void beforeValue() {
        if (named) {
            named = false;
        } else if (comma) {
            put((byte) ',');
        }
    }

    /**
     * A string as a quoted JSON string. Most strings of a verdict are the same string objects every time (member
     * names, error types, calculator ids), so their bytes are kept, by identity, and copied. A string is remembered
     * the first time and its bytes kept the second: the answer and id of each record come once, and copying them
     * out would only push the strings that do recur out of the table.
     */
    private void quoted(String text) {
        if (text.length() > MAX_KEPT_LENGTH) {
            encode(text);
            return;
        }
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & (KEPT - 1);
        if (keptText[slot] != text) {
            keptText[slot] = text;
            keptJson[slot] = null;
            encode(text);
        } else if (keptJson[slot] != null) {
            put(keptJson[slot]);
        } else {
            int start = size;
            encode(text);
            keptJson[slot] = Arrays.copyOfRange(bytes, start, size);
        }
    }

    private void encode(String text) {
        int length = text.length();
        // the characters copied out at once: reading them one by one through the string is several times slower
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        text.getChars(0, length, chars, 0);
        // the usual case, plain ASCII with nothing to escape, in one pass with room made once
        ensure(length + 2);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = chars[i];
            if (c < ' ' || c == '"' || c == '\\' || c >= 0x80) {
                break;
            }
            out[at++] = (byte) c;
        }
        size = at;
        for (; i < length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                codePoint(Character.toCodePoint(c, chars[++i]));
            } else {
                character(c);
            }
        }
        put((byte) '"');
    }

    /** a character beyond the 16-bit range (a surrogate pair) as its four UTF-8 bytes */
    private void codePoint(int c) {
        put((byte) (0xF0 | c >> 18));
        put((byte) (0x80 | c >> 12 & 0x3F));
        put((byte) (0x80 | c >> 6 & 0x3F));
        put((byte) (0x80 | c & 0x3F));
    }

    /**
     * One character of a string: ASCII as is, except what JSON escapes; the rest as UTF-8, except a surrogate
     * without its pair, which has no UTF-8 form and is escaped.
     */
    private void character(char c) {
        if (c < 0x80) {
            if (c >= ' ' && c != '"' && c != '\\') {
                put((byte) c);
            } else {
                escape(c);
            }
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            escape(c);
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void escape(char c) {
        put((byte) '\\');
        switch (c) {
            case '"', '\\' -> put((byte) c);
            case '\n' -> put((byte) 'n');
            case '\r' -> put((byte) 'r');
            case '\t' -> put((byte) 't');
            case '\b' -> put((byte) 'b');
            case '\f' -> put((byte) 'f');
            default -> {
                put((byte) 'u');
                put(HEX[c >> 12 & 0xF]);
                put(HEX[c >> 8 & 0xF]);
                put(HEX[c >> 4 & 0xF]);
                put(HEX[c & 0xF]);
            }
        }
    }

    private void put(byte b) {
        if (size == bytes.length) {
            ensure(1);
        }
        bytes[size++] = b;
    }

    private void put(byte[] some) {
        ensure(some.length);
        System.arraycopy(some, 0, bytes, size, some.length);
        size += some.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
