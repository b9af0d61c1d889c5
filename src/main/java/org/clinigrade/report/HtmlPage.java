package org.clinigrade.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The frame of a report page, whatever was graded: one self-contained HTML page (its style inline; it loads no
 * scripts, fonts, images or links, so it can be archived or mailed next to the summary JSON it was rendered from and
 * still open the same way years later), sections, facts, tables, and summary values written as a person reads them.
 */
public final class HtmlPage {

    /** a run against a broken model can disagree on every record; the page must stay openable */
    private static final int MAX_LIST_ROWS = 200;
    private static final String DASH = "\u2013";
    /** what a section shows when the summary lacks what it would show */
    public static final String NOT_AVAILABLE = "<p class=\"na\">not available</p>\n";

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #222; background: #fff; margin: 0; }
            main { max-width: 1160px; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
            h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
            h3 { font-size: 1rem; }
            .headline .accuracy { font-size: 1.2rem; }
            dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
            dl.facts dt { color: #555; }
            dl.facts dd { margin: 0; }
            .wide { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0; }
            th, td { border-bottom: 1px solid #e4e4e4; padding: 0.2rem 0.45rem; text-align: right;
                     font-variant-numeric: tabular-nums; }
            th { background: #f4f4f4; }
            th.text, td.text { text-align: left; }
            td:not(.text), td.word { white-space: nowrap; }
            td.text:not(.word) { min-width: 9em; }
            .na, .more { color: #777; font-style: italic; }
            svg.chart { display: block; margin: 0.5rem 0; overflow: visible; }
            svg.chart text { font-family: inherit; font-size: 12px; fill: #333; }
            svg.chart text.tick { font-size: 10px; fill: #777; }
            svg.chart line.grid { stroke: #e4e4e4; }
            svg.chart line.whisker { stroke: #222; stroke-width: 1.2; }
            """;

    private HtmlPage() {
    }

    /** the whole page: its title as the heading, then the sections */
    public static String page(String title, String sections) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + "<h1>" + escape(title) + "</h1>\n"
                + sections
                + "</main>\n</body>\n</html>\n";
    }

    /** the page's opening: the figure it is about in bold, the sentence that reads it, then the facts */
    public static String headline(String figure, String sentence, List<String> facts) {
        return "<section class=\"headline\">\n<p class=\"accuracy\"><strong>" + figure + "</strong>" + escape(sentence)
                + "</p>\n" + facts(facts) + "</section>\n";
    }

    public static String section(String heading, String body) {
        return "<section>\n<h2>" + escape(heading) + "</h2>\n" + body + "</section>\n";
    }

    /** a list of records, one column per property any shown record has, capped so the page stays small */
    public static String listTable(JsonNode list) {
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
    public static String table(List<String> header, List<List<String>> rows, int textColumns) {
        // a table wider than the page scrolls on its own, so the page and its charts keep their width
        StringBuilder table = new StringBuilder("<div class=\"wide\">\n<table>\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            // headings read as words, as the facts do, so a long one ("extraction error") wraps instead of widening its column
            table.append(cell("th", header.get(i).replace('_', ' '), i < textColumns));
        }
        table.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            table.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                table.append(cell("td", row.get(i), i < textColumns));
            }
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>\n</div>\n").toString();
    }

    /** a text cell of one word (an id, a tag) never breaks, so the columns of sentences (titles) get the room to wrap */
    private static String cell(String tag, String content, boolean text) {
        String type = !text ? "" : tag.equals("td") && !content.contains(" ") ? " class=\"text word\"" : " class=\"text\"";
        return "<" + tag + type + ">" + escape(content) + "</" + tag + ">";
    }

    /** the scalar properties of a section; agreement and accuracy read as percentages */
    public static String factsOf(JsonNode section) {
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

    public static String fact(String term, String value) {
        return "<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>\n";
    }

    public static String facts(List<String> items) {
        return "<dl class=\"facts\">\n" + String.join("", items) + "</dl>\n";
    }

    // ---- values

    /** NaN for anything that is not a number, so a missing value draws no bar instead of failing */
    public static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    public static String percent(JsonNode node) {
        return node.isNumber() ? String.format(Locale.ROOT, "%.1f%%", node.doubleValue() * 100) : "n/a";
    }

    public static String interval(JsonNode ci) {
        if (!ci.path(0).isNumber() || !ci.path(1).isNumber()) {
            return "n/a";
        }
        return percent(ci.path(0)) + DASH + percent(ci.path(1));
    }

    /** any scalar as text (not yet escaped); absent or null shows as n/a */
    public static String text(JsonNode node) {
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

    /**
     * HTML-escaped, and anything outside ASCII as a character reference, so the page reads the same whatever
     * charset the caller writes it in.
     */
    public static String escape(String text) {
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
    }}
