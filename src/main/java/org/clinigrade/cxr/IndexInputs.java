package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.engine.facts.Choice;
import org.clinigrade.engine.facts.Quantity;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One CheXStruct row (a JSON object of columns, or a CSV row's text) as the facts an index's rules match on: a number
 * as {@code Quantity(column)}, a point as {@code Quantity(column_x)} and {@code Quantity(column_y)}, the view as
 * {@code Choice(viewposition)}, a list of labels as {@code Choice(column)} holding them joined by commas; then the
 * definition's own numbers (thresholds, tolerance, decimals) and words (the finding, the index's name). Columns the
 * index does not read are let be: a CSV row carries many.
 */
final class IndexInputs {

    /** a point as the CSV writes it: "[x, y]" or "(x, y)" */
    private static final Pattern POINT = Pattern.compile("\\s*[\\[(]\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*[\\])]\\s*");
    /** a number as a CSV writes it, exponent included (5e-05) */
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** one label of a list as Python or numpy writes it: 'left' */
    private static final Pattern LABEL = Pattern.compile("'([^']*)'");

    private IndexInputs() {
    }

    /** @throws IndexInputException naming every column at fault */
    static List<Object> facts(IndexDefinition definition, JsonNode row) {
        if (row == null || !row.isObject()) {
            throw new IndexInputException("input", "expected a JSON object of CheXStruct columns");
        }
        List<Object> facts = new ArrayList<>();
        List<IndexInputException.Problem> problems = new ArrayList<>();
        for (IndexInput input : definition.inputs()) {
            JsonNode value = row.get(input.column());
            try {
                if (value == null || value.isNull()) {
                    throw new IllegalArgumentException("missing (expected " + expected(input) + ")");
                }
                read(input, value, facts);
            } catch (IllegalArgumentException e) {
                problems.add(new IndexInputException.Problem(input.column(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IndexInputException(problems);
        }
        definitionFacts(definition, facts);
        return facts;
    }

    private static void read(IndexInput input, JsonNode value, List<Object> facts) {
        switch (input.type()) {
            case NUMBER -> facts.add(new Quantity(input.column(), number(input, value, value)));
            case POINT -> {
                JsonNode[] xy = coordinates(input, value);
                facts.add(new Quantity(input.column() + "_x", number(input, xy[0], value)));
                facts.add(new Quantity(input.column() + "_y", number(input, xy[1], value)));
            }
            case VIEW -> {
                if (!value.isString()) {
                    throw new IllegalArgumentException(shown(value) + " is not a string (expected " + expected(input) + ")");
                }
                facts.add(new Choice(input.column(), value.stringValue().strip()));
            }
            case LABELS -> facts.add(new Choice(input.column(), String.join(",", labels(input, value))));
        }
    }

    /** a number as JSON or text, whole and at least the minimum where the input says so */
    private static double number(IndexInput input, JsonNode node, JsonNode given) {
        double number;
        if (node.isNumber()) {
            number = node.doubleValue();
        } else if (node.isString() && NUMBER.matcher(node.stringValue().strip()).matches()) {
            number = Double.parseDouble(node.stringValue().strip());
        } else {
            throw new IllegalArgumentException(shown(given) + " is not " + expected(input));
        }
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(shown(given) + " is not " + expected(input));
        }
        if (input.integer() && number != Math.rint(number)) {
            throw new IllegalArgumentException(shown(given) + " is not whole (expected " + expected(input) + ")");
        }
        if (input.minimum() != null && number < input.minimum()) {
            throw new IllegalArgumentException(shown(given) + " is below " + Numbers.format(input.minimum())
                    + " (expected " + expected(input) + ")");
        }
        return number;
    }

    private static JsonNode[] coordinates(IndexInput input, JsonNode value) {
        if (value.isArray() && value.size() == 2) {
            return new JsonNode[] {value.get(0), value.get(1)};
        }
        if (value.isString()) {
            Matcher point = POINT.matcher(value.stringValue());
            if (point.matches()) {
                return new JsonNode[] {JsonNodeFactory.instance.stringNode(point.group(1)),
                        JsonNodeFactory.instance.stringNode(point.group(2))};
            }
        }
        throw new IllegalArgumentException(shown(value) + " is not " + expected(input));
    }

    private static List<String> labels(IndexInput input, JsonNode value) {
        List<String> labels = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isString()) {
                    throw new IllegalArgumentException(shown(value) + " is not " + expected(input));
                }
                labels.add(item.stringValue());
            }
        } else if (value.isString()) {
            Matcher label = LABEL.matcher(value.stringValue());
            while (label.find()) {
                labels.add(label.group(1));
            }
        }
        if (labels.isEmpty() || !input.values().containsAll(labels)) {
            throw new IllegalArgumentException(shown(value) + " is not " + expected(input));
        }
        return labels;
    }

    private static String expected(IndexInput input) {
        String whole = input.integer() ? "whole " : "";
        String least = input.minimum() == null ? "" : " of " + Numbers.format(input.minimum()) + " or more";
        return switch (input.type()) {
            case NUMBER -> "a " + whole + "number" + least;
            case POINT -> "a point [x, y] of two " + whole + "numbers" + least;
            case VIEW -> "the view position as a string, e.g. \"PA\" or \"AP\"";
            case LABELS -> "a list of labels, each one of " + String.join(", ", input.values());
        };
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** what the definition file says, as facts: so thresholds and names are data, written once, in the file */
    private static void definitionFacts(IndexDefinition definition, List<Object> facts) {
        for (Map.Entry<String, Double> threshold : definition.thresholds().entrySet()) {
            facts.add(new Quantity("threshold_" + threshold.getKey(), threshold.getValue()));
        }
        if (definition.tolerance() != null) {
            facts.add(new Quantity("tolerance", definition.tolerance()));
        }
        if (definition.measure() != null) {
            facts.add(new Quantity("decimals", definition.measure().decimals()));
            facts.add(new Choice("index_name", definition.measure().name()));
        }
        facts.add(new Choice("answer_yes", definition.yes()));
        facts.add(new Choice("answer_no", definition.no()));
    }
}
