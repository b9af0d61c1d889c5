package org.clinigrade.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * What is wrong with a JSON text, in plain words and with where it is: the JSON parser's own messages name its
 * settings and classes ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`", "[Source: REDACTED …]"), which mean
 * nothing to the person who wrote the file.
 */
public final class JsonSyntax {

    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\).*",
            Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\".*", Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile("(Number value|String value|Document nesting depth|Name)"
            + "[^(]*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", Pattern.DOTALL);

    private JsonSyntax() {
    }

    /** {@code " at line 1, column 12"}, or "" when the parser does not say */
    public static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location != null && location.getLineNr() > 0
                ? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
    }

    /** {@code 'NaN' is not a JSON number (…)} */
    public static String problem(JacksonException e) {
        return plain(e.getOriginalMessage());
    }

    static String plain(String message) {
        Matcher m;
        if ((m = NON_STANDARD.matcher(message)).matches()) {
            return "'" + m.group(1) + "' is not a JSON number (write a finite number, or leave the field out)";
        }
        if ((m = UNRECOGNIZED.matcher(message)).matches()) {
            return "unexpected '" + m.group(1) + "' (expected a string in double quotes, a number, an array, an object,"
                    + " true, false or null)";
        }
        if ((m = CHARACTER.matcher(message)).matches()) {
            return "unexpected character '" + m.group(1) + "'"
                    + (m.group(1).equals("'") ? " (JSON strings are written in double quotes)" : "");
        }
        if ((m = DUPLICATE.matcher(message)).matches()) {
            return "\"" + m.group(1) + "\" is given twice";
        }
        if ((m = LIMIT.matcher(message)).matches()) {
            String what = switch (m.group(1)) {
                case "Number value" -> "a number of " + m.group(2) + " characters";
                case "String value" -> "a string of " + m.group(2) + " characters";
                case "Name" -> "a name of " + m.group(2) + " characters";
                default -> "nesting " + m.group(2) + " levels deep";
            };
            return what + " (at most " + m.group(3) + ")";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the text ends before the JSON does (a closing } or ] or \" is missing)";
        }
        if (message.startsWith("Trailing token")) {
            return "more text after the JSON value (one value per file; one object per line in JSON Lines)";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character (such as a line break) inside a string: write it as \\n, \\t or \\uXXXX";
        }
        // anything else: the parser's sentence without its settings, classes or source description
        return message.replaceAll("\\s*\\[Source:.*", "").replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "")
                .replaceAll("\\s+", " ").strip();
    }
}
