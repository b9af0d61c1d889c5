package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A grading summary as one self-contained HTML page: a headline, bar charts drawn as inline SVG, and tables of
 * the numbers behind them. The page loads nothing (no scripts, fonts, images or links), so it can be archived or
 * mailed next to the summary JSON it was rendered from and still open the same way years later.
 */
public final class HtmlReport {

    private static final int WIDTH = 720;
    /** labels are right-aligned against this x, bars start just after it */
    private static final int LABEL_END = 250;
    private static final int PLOT_X = 260;
    private static final int PLOT_WIDTH = 360;
    private static final int ROW = 22;
    private static final int BAR = 14;
    private static final int TOP = 8;
    private static final int AXIS = 26;
    /** about what fits in LABEL_END pixels at 12px, so long calculator titles are not cut off at the left */
    private static final int LABEL_CHARS = 40;
    /** a run against a broken model can disagree on every record; the page must stay openable */
    private static final int MAX_LIST_ROWS = 200;
    private static final int MAX_DIVERGENCE_ROWS = 10;

    private static final String DASH = "\u2013";
    private static final String NOT_AVAILABLE = "<p class=\"na\">not available</p>\n";
    private static final String ACCURACY_COLOUR = "#5b7896";
    private static final String OTHER_COLOUR = "#b8b8b8";
    /** the grader's error types in its order of attribution; fixed colours so two reports compare at a glance */
    private static final Map<String, String> ERROR_COLOURS = errorColours();

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #222; background: #fff; margin: 0; }
            main { max-width: 960px; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
            h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
            h3 { font-size: 1rem; }
            .headline .accuracy { font-size: 1.2rem; }
            dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
            dl.facts dt { color: #555; }
            dl.facts dd { margin: 0; }
            table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
            th, td { border-bottom: 1px solid #e4e4e4; padding: 0.2rem 0.5rem; text-align: right;
                     font-variant-numeric: tabular-nums; }
            th { background: #f4f4f4; }
            th.text, td.text { text-align: left; }
            .na, .more { color: #777; font-style: italic; }
            svg.chart { display: block; margin: 0.5rem 0; }
            svg.chart text { font-family: inherit; font-size: 12px; fill: #333; }
            svg.chart text.tick { font-size: 10px; fill: #777; }
            svg.chart line.grid { stroke: #e4e4e4; }
            svg.chart line.whisker { stroke: #222; stroke-width: 1.2; }
            """;

    private HtmlReport() {
    }

    /** the whole page; absent or malformed sections are shown as "not available" rather than failing the run */
    public static String render(JsonNode summary) {
        JsonNode s = summary == null ? MissingNode.getInstance() : summary;
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>clinigrade grading report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + "<h1>clinigrade grading report</h1>\n"
                + headline(s) + categories(s) + calculators(s) + errorTypes(s) + steps(s)
                + entities(s.path("entities")) + referenceResult(s.path("reference_result"))
                + corrected(s.path("corrected"))
                + "</main>\n</body>\n</html>\n";
    }

    // ---- sections

    private static String headline(JsonNode s) {
        String sentence = " accuracy (95% CI " + interval(s.path("accuracy_ci95")) + "), " + text(s.path("correct"))
                + " of " + text(s.path("graded")) + " graded records correct";
        return "<section class=\"headline\">\n<p class=\"accuracy\"><strong>" + percent(s.path("accuracy"))
                + "</strong>" + escape(sentence) + "</p>\n"
                + facts(List.of(
                        fact("records", text(s.path("records"))),
                        fact("graded", text(s.path("graded"))),
                        fact("invalid records", text(s.path("invalid_records"))),
                        fact("mode", text(s.path("mode"))),
                        fact("labels", text(s.path("labels")))))
                + "</section>\n";
    }

    private static String categories(JsonNode s) {
        JsonNode groups = s.path("by_category");
        String chart = accuracyChart("category", "Accuracy per category, with 95% confidence intervals",
                groups, key -> key);
        return section("Accuracy per category", chart + groupTable(groups, "category", List.of()));
    }

    private static String calculators(JsonNode s) {
        JsonNode groups = s.path("by_calculator");
        String chart = accuracyChart("calculator", "Accuracy per calculator, with 95% confidence intervals",
                groups, key -> title(groups, key));
        return section("Accuracy per calculator",
                chart + groupTable(groups, "calculator", List.of("title", "medcalc_id", "category")));
    }

    private static String errorTypes(JsonNode s) {
        JsonNode counts = s.path("error_types");
        List<Bar> bars = new ArrayList<>();
        for (String type : errorTypeOrder(List.of(counts))) {
            double count = number(counts.path(type));
            String note = text(counts.path(type));
            bars.add(new Bar(type, type, count, Double.NaN, Double.NaN, colour(type), note, type + ": " + note));
        }
        double largest = bars.stream().mapToDouble(b -> Double.isNaN(b.value) ? 0 : b.value).max().orElse(0);
        String body = bars.isEmpty() ? NOT_AVAILABLE
                : chart("error-type", "Records per error type (correct included)", bars, countScale(largest), false);
        return section("Error types", body);
    }

    private static String steps(JsonNode s) {
        JsonNode steps = s.path("steps");
        if (!steps.isObject()) {
            return section("Step-level agreement", NOT_AVAILABLE);
        }
        JsonNode calculators = s.path("by_calculator");
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : steps.path("by_calculator").properties()) {
            JsonNode c = e.getValue();
            String label = fit(title(calculators, e.getKey()), "");
            String note = percent(c.path("agreement")) + " (" + text(c.path("agreeing")) + "/"
                    + text(c.path("stated")) + ")";
            bars.add(new Bar(e.getKey(), label, number(c.path("agreement")), Double.NaN, Double.NaN,
                    ACCURACY_COLOUR, note, title(calculators, e.getKey()) + ": " + note + " stated steps agree"));
        }
        String chart = bars.isEmpty() ? NOT_AVAILABLE
                : chart("step-agreement", "Agreement of stated steps with reference steps, per calculator",
                        bars, 1, true);
        return section("Step-level agreement",
                factsOf(steps) + chart + firstDivergence(steps.path("first_divergence")));
    }

    private static String firstDivergence(JsonNode divergence) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(divergence.properties());
        // stable sort: steps diverging equally often keep the grader's order
        entries.sort(Comparator.comparingDouble((Map.Entry<String, JsonNode> e) -> number(e.getValue())).reversed());
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries.subList(0, Math.min(MAX_DIVERGENCE_ROWS, entries.size()))) {
            rows.add(List.of(e.getKey(), text(e.getValue())));
        }
        String body = rows.isEmpty() ? NOT_AVAILABLE : table(List.of("step", "records"), rows, 1);
        return "<h3>Most frequent first divergence from the reference steps</h3>\n" + body;
    }

    private static String entities(JsonNode entities) {
        return section("Entity check", entities.isObject() ? factsOf(entities) : NOT_AVAILABLE);
    }

    private static String referenceResult(JsonNode reference) {
        String body = reference.isObject()
                ? factsOf(reference) + "<h3>Disagreements</h3>\n" + listTable(reference.path("disagreements"))
                : NOT_AVAILABLE;
        return section("Agreement with the reference result", body);
    }

    private static String corrected(JsonNode corrected) {
        String body = corrected.isObject()
                ? factsOf(corrected) + "<h3>Changed verdicts</h3>\n" + listTable(corrected.path("changed"))
                : NOT_AVAILABLE;
        return section("Corrected labels", body);
    }

    private static String section(String heading, String body) {
        return "<section>\n<h2>" + escape(heading) + "</h2>\n" + body + "</section>\n";
    }

    // ---- charts

    /** one bar, its value on the chart's scale, its CI (NaN when absent), and the text shown after it */
    private record Bar(String key, String label, double value, double low, double high, String colour,
            String note, String tooltip) {
    }

    private static String accuracyChart(String id, String title, JsonNode groups, UnaryOperator<String> name) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : groups.properties()) {
            bars.add(accuracyBar(e.getKey(), name.apply(e.getKey()), e.getValue()));
        }
        return bars.isEmpty() ? NOT_AVAILABLE : chart(id, title, bars, 1, true);
    }

    private static Bar accuracyBar(String key, String name, JsonNode group) {
        JsonNode ci = group.path("ci95");
        String records = text(group.path("records"));
        String note = percent(group.path("accuracy"));
        String tooltip = name + ": " + note + " correct (" + text(group.path("correct")) + " of " + records
                + "), 95% CI " + interval(ci);
        return new Bar(key, fit(name, " (n=" + records + ")"), number(group.path("accuracy")),
                number(ci.path(0)), number(ci.path(1)), ACCURACY_COLOUR, note, tooltip);
    }

    /** horizontal bars from 0 to max, as tall as the bars need */
    private static String chart(String id, String title, List<Bar> bars, double max, boolean percent) {
        int height = TOP + bars.size() * ROW + AXIS;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" aria-labelledby=\"%s-title\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\">%n<title id=\"%s-title\">%s</title>%n",
                id, WIDTH, height, WIDTH, height, id, escape(title)));
        svg.append(axis(bars.size(), max, percent));
        for (int i = 0; i < bars.size(); i++) {
            svg.append(bar(id, bars.get(i), TOP + i * ROW, max));
        }
        return svg.append("</svg>\n").toString();
    }

    /** gridlines at quarters of the scale, labelled under the bars */
    private static String axis(int rows, double max, boolean percent) {
        StringBuilder axis = new StringBuilder();
        int bottom = TOP + rows * ROW;
        for (int i = 0; i <= 4; i++) {
            double x = PLOT_X + PLOT_WIDTH * i / 4.0;
            String label = percent ? (25 * i) + "%" : count(max * i / 4);
            axis.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                            + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, TOP, x, bottom, x, bottom + 14, label));
        }
        return axis.toString();
    }

    private static String bar(String chart, Bar bar, int y, double max) {
        int middle = y + ROW / 2;
        double width = x(bar.value, max) - PLOT_X;
        return String.format(Locale.ROOT,
                "<g><title>%s</title><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                        + "<rect class=\"bar\" data-chart=\"%s\" data-key=\"%s\" data-value=\"%s\" x=\"%d\" y=\"%d\""
                        + " width=\"%.2f\" height=\"%d\" fill=\"%s\"/>%s"
                        + "<text class=\"value\" x=\"%d\" y=\"%d\">%s</text></g>%n",
                escape(bar.tooltip), LABEL_END, middle + 4, escape(bar.label),
                chart, escape(bar.key), Double.isNaN(bar.value) ? "" : Double.toString(bar.value),
                PLOT_X, middle - BAR / 2, width, BAR, bar.colour, whisker(bar, middle, max),
                PLOT_X + PLOT_WIDTH + 6, middle + 4, escape(bar.note));
    }

    /** the 95% CI as a line with end caps; nothing when the summary has no interval */
    private static String whisker(Bar bar, int middle, double max) {
        if (Double.isNaN(bar.low) || Double.isNaN(bar.high)) {
            return "";
        }
        double low = x(bar.low, max);
        double high = x(bar.high, max);
        return String.format(Locale.ROOT,
                "<line class=\"whisker\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>"
                        + "<line class=\"whisker\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>"
                        + "<line class=\"whisker\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>",
                low, middle, high, middle, low, middle - 4, low, middle + 4, high, middle - 4, high, middle + 4);
    }

    /** the end of a count axis: four ticks of 1, 2 or 5 times a power of ten, so tick labels are whole numbers */
    private static double countScale(double largest) {
        if (!Double.isFinite(largest)) {
            return 1;
        }
        for (double magnitude = 1;; magnitude *= 10) {
            for (int multiple : new int[] {1, 2, 5}) {
                if (4 * multiple * magnitude >= largest) {
                    return 4 * multiple * magnitude;
                }
            }
        }
    }

    /** a value's x on a 0..max scale, clamped so a bad value cannot draw outside the plot */
    private static double x(double value, double max) {
        if (Double.isNaN(value)) {
            return PLOT_X;
        }
        return PLOT_X + PLOT_WIDTH * Math.max(0, Math.min(1, value / max));
    }

    private static String colour(String errorType) {
        return ERROR_COLOURS.getOrDefault(errorType, OTHER_COLOUR);
    }

    private static Map<String, String> errorColours() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("correct", "#4f8a5b");
        colours.put("extraction_error", "#c9954c");
        colours.put("rule_error", "#b5573f");
        colours.put("arithmetic_error", "#8564a3");
        colours.put("format_error", "#5b7896");
        colours.put("abstained", "#9c9c9c");
        colours.put("label_suspect", "#4c9a9a");
        colours.put("unattributed", "#6e6e6e");
        colours.put("invalid_record", "#3f3f3f");
        return colours;
    }

    // ---- tables

    /** per category or calculator: its numbers, then one column per error type any of them has */
    private static String groupTable(JsonNode groups, String keyHeading, List<String> fields) {
        List<JsonNode> errorCounts = new ArrayList<>();
        groups.properties().forEach(e -> errorCounts.add(e.getValue().path("error_types")));
        Set<String> types = errorTypeOrder(errorCounts);
        types.remove("correct"); // the correct column already says it
        List<String> header = new ArrayList<>(List.of(keyHeading));
        header.addAll(fields);
        header.addAll(List.of("records", "correct", "accuracy", "95% CI"));
        header.addAll(types);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : groups.properties()) {
            rows.add(groupRow(e.getKey(), e.getValue(), fields, types));
        }
        return rows.isEmpty() ? "" : table(header, rows, 1 + fields.size());
    }

    private static List<String> groupRow(String key, JsonNode group, List<String> fields, Set<String> types) {
        List<String> row = new ArrayList<>(List.of(key));
        fields.forEach(f -> row.add(text(group.path(f))));
        row.add(text(group.path("records")));
        row.add(text(group.path("correct")));
        row.add(percent(group.path("accuracy")));
        row.add(interval(group.path("ci95")));
        // a type the group never had is a count of zero, not an unknown
        types.forEach(t -> row.add(group.path("error_types").path(t).isMissingNode() ? "0"
                : text(group.path("error_types").path(t))));
        return row;
    }

    /** known types in attribution order, then any others in the order the summary has them */
    private static Set<String> errorTypeOrder(List<JsonNode> counts) {
        Set<String> present = new LinkedHashSet<>();
        counts.forEach(c -> c.properties().forEach(e -> present.add(e.getKey())));
        Set<String> ordered = new LinkedHashSet<>();
        ERROR_COLOURS.keySet().stream().filter(present::contains).forEach(ordered::add);
        ordered.addAll(present);
        return ordered;
    }

    /** a list of records, one column per property any shown record has, capped so the page stays small */
    private static String listTable(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            return "<p class=\"na\">none</p>\n";
        }
        List<JsonNode> shown = new ArrayList<>();
        list.forEach(item -> {
            if (shown.size() < MAX_LIST_ROWS) {
                shown.add(item);
            }
        });
        Set<String> columns = new LinkedHashSet<>();
        shown.forEach(item -> item.properties().forEach(e -> columns.add(e.getKey())));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : shown) {
            rows.add(columns.stream().map(c -> text(item.path(c))).toList());
        }
        String more = list.size() > shown.size()
                ? "<p class=\"more\">and " + (list.size() - shown.size()) + " more</p>\n" : "";
        return table(List.copyOf(columns), rows, columns.size()) + more;
    }

    /** every cell is escaped here; the first textColumns are left-aligned, the rest are numbers */
    private static String table(List<String> header, List<List<String>> rows, int textColumns) {
        StringBuilder table = new StringBuilder("<table>\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            table.append(cell("th", header.get(i), i < textColumns));
        }
        table.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            table.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                table.append(cell("td", row.get(i), i < textColumns));
            }
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private static String cell(String tag, String content, boolean text) {
        return "<" + tag + (text ? " class=\"text\">" : ">") + escape(content) + "</" + tag + ">";
    }

    /** the scalar properties of a section; agreement and accuracy read as percentages */
    private static String factsOf(JsonNode section) {
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : section.properties()) {
            if (e.getValue().isContainer()) {
                continue;
            }
            boolean rate = e.getKey().equals("agreement") || e.getKey().equals("accuracy");
            items.add(fact(e.getKey().replace('_', ' '), rate ? percent(e.getValue()) : text(e.getValue())));
        }
        return facts(items);
    }

    private static String fact(String term, String value) {
        return "<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>\n";
    }

    private static String facts(List<String> items) {
        return "<dl class=\"facts\">\n" + String.join("", items) + "</dl>\n";
    }

    // ---- values

    private static String title(JsonNode calculators, String key) {
        JsonNode title = calculators.path(key).path("title");
        return title.isString() && !title.stringValue().isBlank() ? title.stringValue() : key;
    }

    /** NaN for anything that is not a number, so a missing value draws no bar instead of failing */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    private static String percent(JsonNode node) {
        return node.isNumber() ? String.format(Locale.ROOT, "%.1f%%", node.doubleValue() * 100) : "n/a";
    }

    private static String interval(JsonNode ci) {
        if (!ci.path(0).isNumber() || !ci.path(1).isNumber()) {
            return "n/a";
        }
        return percent(ci.path(0)) + DASH + percent(ci.path(1));
    }

    private static String count(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** any scalar as text (not yet escaped); absent or null shows as n/a */
    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "n/a";
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return String.format(Locale.ROOT, "%.4f", node.doubleValue());
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    /** the name, shortened with an ellipsis where needed so that it and its suffix fit left of the bars */
    private static String fit(String name, String suffix) {
        int room = Math.max(1, LABEL_CHARS - suffix.length());
        if (name.codePointCount(0, name.length()) <= room) {
            return name + suffix;
        }
        // by code points, so an emoji or other astral character is never split in half
        return name.substring(0, name.offsetByCodePoints(0, room - 1)) + "\u2026" + suffix;
    }

    /**
     * HTML-escaped, and anything outside ASCII as a character reference, so the page reads the same whatever
     * charset the caller writes it in.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 128) {
                        out.appendCodePoint(c);
                    } else {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    }
                }
            }
        });
        return out.toString();
    }
}
