package org.clinigrade.grade;

import static org.clinigrade.report.BarChart.ACCURACY_COLOUR;
import static org.clinigrade.report.BarChart.accuracyChart;
import static org.clinigrade.report.BarChart.chart;
import static org.clinigrade.report.BarChart.countScale;
import static org.clinigrade.report.BarChart.fit;
import static org.clinigrade.report.HtmlPage.NOT_AVAILABLE;
import static org.clinigrade.report.HtmlPage.escape;
import static org.clinigrade.report.HtmlPage.fact;
import static org.clinigrade.report.HtmlPage.factsOf;
import static org.clinigrade.report.HtmlPage.interval;
import static org.clinigrade.report.HtmlPage.listTable;
import static org.clinigrade.report.HtmlPage.number;
import static org.clinigrade.report.HtmlPage.percent;
import static org.clinigrade.report.HtmlPage.section;
import static org.clinigrade.report.HtmlPage.table;
import static org.clinigrade.report.HtmlPage.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinigrade.report.BarChart.Bar;
import org.clinigrade.report.HtmlPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A calculator grading summary as a report page ({@link HtmlPage}): a headline, accuracy per category and per
 * calculator, error types, step and entity agreement, agreement with the file's own verdicts and the corrected labels.
 */
public final class HtmlReport {

    private static final int MAX_DIVERGENCE_ROWS = 10;
    private static final String OTHER_COLOUR = "#b8b8b8";
    /** the grader's error types in its order of attribution; fixed colours so two reports compare at a glance */
    private static final Map<String, String> ERROR_COLOURS = errorColours();

    private HtmlReport() {
    }

    /** the whole page; absent or malformed sections are shown as "not available" rather than failing the run */
    public static String render(JsonNode summary) {
        JsonNode s = summary == null ? MissingNode.getInstance() : summary;
        return HtmlPage.page("clinigrade grading report",
                headline(s) + categories(s) + calculators(s) + errorTypes(s) + steps(s)
                + entities(s.path("entities")) + referenceResult(s.path("reference_result"))
                + corrected(s.path("corrected")));
    }

    // ---- sections

    private static String headline(JsonNode s) {
        String sentence = " accuracy (95% CI " + interval(s.path("accuracy_ci95")) + "), " + text(s.path("correct"))
                + " of " + text(s.path("graded")) + " graded records correct";
        return HtmlPage.headline(percent(s.path("accuracy")), sentence, List.of(
                fact("records", text(s.path("records"))),
                fact("graded", text(s.path("graded"))),
                fact("invalid records", text(s.path("invalid_records"))),
                fact("mode", text(s.path("mode"))),
                fact("labels", text(s.path("labels"))),
                fact("outputs", text(s.path("outputs"))),
                fact("reference", text(s.path("reference"))),
                fact("clinigrade", text(s.path("clinigrade_version"))),
                fact("made", text(s.path("generated")))));
    }

    private static String categories(JsonNode s) {
        JsonNode groups = s.path("by_category");
        String chart = accuracyChart("category", "Accuracy per category, with 95% confidence intervals",
                groups, key -> key);
        return section("Accuracy per category", chart + groupTable(groups, "category", List.of()));
    }

    private static String calculators(JsonNode s) {
        JsonNode groups = byAccuracy(s.path("by_calculator"));
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
        double largest = bars.stream().mapToDouble(b -> Double.isNaN(b.value()) ? 0 : b.value()).max().orElse(0);
        String body = bars.isEmpty() ? NOT_AVAILABLE
                : chart("error-type", "Records per error type (correct included)", bars, countScale(largest), false);
        return section("Error types", body);
    }

    private static String steps(JsonNode s) {
        JsonNode steps = s.path("steps");
        if (!steps.isObject()) {
            return section("Step-level agreement", why("not available: "
                    + ("medcalc-compat".equals(s.path("mode").asString("")) ? "--compat medcalc grades the answer only"
                    : "no record could be checked beyond its answer")));
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
        String chart = bars.isEmpty() ? why("no record states a step the grader could compare with the reference"
                + " steps (direct answers, or reasoning without named values)")
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

    // ---- values

    private static String why(String sentence) {
        return "<p class=\"na\">" + escape(sentence) + "</p>\n";
    }

    /** the groups, most accurate first (then by key), so a long list reads as a ranking */
    private static JsonNode byAccuracy(JsonNode groups) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(groups.properties());
        entries.sort(Comparator.comparingDouble((Map.Entry<String, JsonNode> e) -> -number(e.getValue().path("accuracy")))
                .thenComparing(Map.Entry::getKey));
        ObjectNode sorted = JsonNodeFactory.instance.objectNode();
        entries.forEach(e -> sorted.set(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String title(JsonNode calculators, String key) {
        JsonNode title = calculators.path(key).path("title");
        return title.isString() && !title.stringValue().isBlank() ? title.stringValue() : key;
    }
}
