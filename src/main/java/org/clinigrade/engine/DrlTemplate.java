package org.clinigrade.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of DRL with typed slots, {@code {{name:type}}}, the only way data becomes rules. Each type admits only
 * what cannot change the rule's structure:
 * <ul>
 *   <li>{@code string}: any text but control characters other than line breaks and tabs, written as an escaped
 *   string literal (so it arrives in the rule as data);</li>
 *   <li>{@code strings}: a list of such literals, separated by commas;</li>
 *   <li>{@code number}: a finite number, written as a plain decimal whatever the locale;</li>
 *   <li>{@code identifier}: {@code [a-z][a-z0-9_]*};</li>
 *   <li>{@code operator}: one of {@code < <= > >= == !=};</li>
 *   <li>{@code drl} and {@code drls}: a fragment (or list of fragments) made by filling another template.</li>
 * </ul>
 * Templates come in files ({@link #parse}): {@code @template name} starts one whose every line ends with a line
 * break, {@code @inline name} one whose single line does not (a fragment inside a line); lines before the first
 * start with {@code //} and say what the file is for.
 */
public final class DrlTemplate {

    /** the types a slot may declare */
    public enum SlotType { STRING, STRINGS, NUMBER, IDENTIFIER, OPERATOR, DRL, DRLS }

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z][a-z0-9_]*):([a-z]+)}}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=", "==", "!=");

    private final String name;
    /** literal text and slot names, alternating, starting with text */
    private final List<String> parts;
    private final Map<String, SlotType> slots;

    private DrlTemplate(String name, List<String> parts, Map<String, SlotType> slots) {
        this.name = name;
        this.parts = parts;
        this.slots = slots;
    }

    /** the text of a template file bundled on the class path ({@code /rules/templates/points-ladder.drlt}) */
    public static String bundledText(String resource) {
        try (InputStream in = DrlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundled " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The templates of a template file, by name.
     *
     * @param source where the text comes from, for error messages
     * @throws IllegalArgumentException naming the source and line of a malformed template
     */
    public static Map<String, DrlTemplate> parse(String source, String text) {
        Map<String, DrlTemplate> templates = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && (lines[i].startsWith("//") || lines[i].isBlank())) {
            i++;
        }
        while (i < lines.length) {
            String[] header = lines[i].trim().split(" ");
            boolean inline = header[0].equals("@inline");
            if (header.length != 2 || !(inline || header[0].equals("@template"))) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected '@template name' or '@inline name'");
            }
            int start = ++i;
            while (i < lines.length && !lines[i].startsWith("@template ") && !lines[i].startsWith("@inline ")) {
                i++;
            }
            List<String> body = new ArrayList<>(List.of(lines).subList(start, i));
            while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
                body.remove(body.size() - 1);
            }
            if (inline && body.size() != 1) {
                throw new IllegalArgumentException(source + ":" + start + ": @inline " + header[1] + " must be one line");
            }
            String bodyText = inline ? body.get(0) : String.join("\n", body) + "\n";
            if (templates.put(header[1], of(source + " " + header[1], bodyText)) != null) {
                throw new IllegalArgumentException(source + ":" + start + ": template " + header[1] + " defined twice");
            }
        }
        return templates;
    }

    /** one template from its text; {@code name} is for error messages */
    public static DrlTemplate of(String name, String text) {
        List<String> parts = new ArrayList<>();
        Map<String, SlotType> slots = new LinkedHashMap<>();
        Matcher slot = SLOT.matcher(text);
        int end = 0;
        while (slot.find()) {
            parts.add(text.substring(end, slot.start()));
            SlotType type = typeOf(name, slot.group(2));
            SlotType earlier = slots.putIfAbsent(slot.group(1), type);
            if (earlier != null && earlier != type) {
                throw new IllegalArgumentException(name + ": slot " + slot.group(1) + " declared as both "
                        + lower(earlier) + " and " + lower(type));
            }
            parts.add(slot.group(1));
            end = slot.end();
        }
        parts.add(text.substring(end));
        if (text.substring(end).contains("{{") || parts.stream().anyMatch(p -> p.contains("{{"))) {
            throw new IllegalArgumentException(name + ": a '{{' that is not a slot {{name:type}}");
        }
        return new DrlTemplate(name, List.copyOf(parts), Map.copyOf(slots));
    }

    private static SlotType typeOf(String template, String type) {
        for (SlotType candidate : SlotType.values()) {
            if (lower(candidate).equals(type)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(template + ": unknown slot type " + type);
    }

    /** the slots and their types */
    public Map<String, SlotType> slots() {
        return slots;
    }

    /**
     * The template with every slot filled.
     *
     * @throws TemplateSlotException naming the slot that is missing, unknown or filled with the wrong type
     */
    public Drl fill(Map<String, ?> values) {
        for (String given : values.keySet()) {
            if (!slots.containsKey(given)) {
                throw new TemplateSlotException(name + ": no slot " + given);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                text.append(parts.get(i));
            } else {
                String slot = parts.get(i);
                if (!values.containsKey(slot)) {
                    throw new TemplateSlotException(name + ": slot " + slot + " is not filled");
                }
                text.append(write(slot, slots.get(slot), values.get(slot)));
            }
        }
        return new Drl(text.toString());
    }

    private String write(String slot, SlotType type, Object value) {
        switch (type) {
            case STRING:
                if (value instanceof String string) {
                    return stringLiteral(slot, string);
                }
                break;
            case STRINGS:
                if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    return String.join(", ", list.stream().map(s -> stringLiteral(slot, (String) s)).toList());
                }
                break;
            case NUMBER:
                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
                }
                break;
            case IDENTIFIER:
                if (value instanceof String identifier && IDENTIFIER.matcher(identifier).matches()) {
                    return identifier;
                }
                break;
            case OPERATOR:
                if (value instanceof String operator && OPERATORS.contains(operator)) {
                    return operator;
                }
                break;
            case DRL:
                if (value instanceof Drl drl) {
                    return drl.text();
                }
                break;
            case DRLS:
                if (value instanceof List<?> list && list.stream().allMatch(Drl.class::isInstance)) {
                    return Drl.concat(list.stream().map(Drl.class::cast).toList()).text();
                }
                break;
        }
        throw new TemplateSlotException(name + ": slot " + slot + " takes " + expected(type) + ", not "
                + (value instanceof String s ? "'" + s + "'" : String.valueOf(value)));
    }

    private static String expected(SlotType type) {
        return switch (type) {
            case STRING -> "a string";
            case STRINGS -> "a list of strings";
            case NUMBER -> "a finite number";
            case IDENTIFIER -> "an identifier [a-z][a-z0-9_]*";
            case OPERATOR -> "one of " + String.join(" ", OPERATORS.stream().sorted().toList());
            case DRL -> "a filled template";
            case DRLS -> "a list of filled templates";
        };
    }

    /**
     * {@code text} as a string literal that Java and the DRL parser both read back as exactly {@code text}: the quote
     * and backslash escaped (so a backslash-u in the text stays text: Java reads a Unicode escape only after an even
     * number of backslashes), line breaks and tabs as {@code \\n \\r \\t}. Other control characters are refused:
     * Drools reads no escape for them the same way in a constraint as Java does in a consequence.
     */
    private String stringLiteral(String slot, String text) {
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '"' -> literal.append("\\\"");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        throw new TemplateSlotException(name + ": slot " + slot + " takes no control character (U+"
                                + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ")");
                    }
                    literal.append(c);
                }
            }
        }
        return literal.append('"').toString();
    }

    private static String lower(SlotType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
