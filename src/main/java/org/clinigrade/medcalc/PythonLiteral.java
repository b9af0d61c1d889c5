package org.clinigrade.medcalc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a Python literal as MedCalc-Bench writes its "Relevant Entities" ({@code {'age': [74, 'years'], 'Stroke':
 * True}}) into JSON: dicts, lists and tuples, single- or double-quoted strings, numbers, True, False and None.
 * Anything else is an error that says where; nothing is evaluated.
 */
public final class PythonLiteral {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int at;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException naming the position and what was expected */
    public static JsonNode parse(String text) {
        PythonLiteral parser = new PythonLiteral(text);
        JsonNode value = parser.value();
        parser.skipSpace();
        if (parser.at != text.length()) {
            throw parser.error("end of input");
        }
        return value;
    }

    private JsonNode value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> dict();
            case '[' -> sequence(']');
            case '(' -> sequence(')');
            case '\'', '"' -> NODES.stringNode(string());
            default -> c == '-' || c == '+' || c == '.' || Character.isDigit(c) ? number() : word();
        };
    }

    private ObjectNode dict() {
        ObjectNode dict = NODES.objectNode();
        at++;
        while (!closes('}')) {
            skipSpace();
            if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '"')) {
                throw error("a quoted key");
            }
            int keyAt = at;
            String key = string();
            expect(':');
            if (dict.has(key)) {  // Python would keep the last silently; two values for one entity is an error
                at = keyAt;
                throw error("no key twice ('" + key + "' again)");
            }
            dict.set(key, value());
            separator('}');
        }
        return dict;
    }

    private ArrayNode sequence(char close) {
        ArrayNode list = NODES.arrayNode();
        at++;
        while (!closes(close)) {
            list.add(value());
            separator(close);
        }
        return list;
    }

    /** true (and past it) if the next character closes the container */
    private boolean closes(char close) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == close) {
            at++;
            return true;
        }
        return false;
    }

    private void separator(char close) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == ',') {
            at++;
        } else if (at >= text.length() || text.charAt(at) != close) {
            throw error("',' or '" + close + "'");
        }
    }

    private void expect(char c) {
        skipSpace();
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("'" + c + "'");
        }
        at++;
    }

    private String string() {
        char quote = text.charAt(at++);
        StringBuilder out = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                out.append(escape(text.charAt(at++)));
            } else {
                out.append(c);
            }
        }
        if (at >= text.length()) {
            throw error("a closing " + quote);
        }
        at++;
        return out.toString();
    }

    private String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'x' -> hex(2);
            case 'u' -> hex(4);
            default -> String.valueOf(c);
        };
    }

    private String hex(int digits) {
        if (at + digits > text.length()) {
            throw error(digits + " hex digits");
        }
        try {
            String code = text.substring(at, at + digits);
            at += digits;
            return String.valueOf((char) Integer.parseInt(code, 16));
        } catch (NumberFormatException e) {
            throw error(digits + " hex digits");
        }
    }

    private JsonNode number() {
        int start = at;
        while (at < text.length() && "+-.0123456789eE_".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at).replace("_", "");
        try {
            if (!literal.matches("[+-]?\\d+")) {
                return NODES.numberNode(Double.parseDouble(literal));
            }
            long whole = Long.parseLong(literal);
            // as a JSON parser would read it, so entities from either source compare equal
            return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        } catch (NumberFormatException e) {
            at = start;
            throw error("a number");
        }
    }

    private JsonNode word() {
        for (String word : new String[] {"True", "False", "None"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return switch (word) {
                    case "True" -> NODES.booleanNode(true);
                    case "False" -> NODES.booleanNode(false);
                    default -> NODES.nullNode();
                };
            }
        }
        throw error("a value");
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        String near = text.substring(at, Math.min(text.length(), at + 20));
        return new IllegalArgumentException("expected " + expected + " at character " + (at + 1)
                + (near.isEmpty() ? " (end of input)" : " near '" + near + "'"));
    }
}
