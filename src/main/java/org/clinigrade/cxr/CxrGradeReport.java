package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinigrade.report.BarChart;
import org.clinigrade.report.HtmlPage;
import tools.jackson.databind.JsonNode;

/** The HTML report of a stage-by-stage grading: Completion per task as bars, and every metric in a table. */
public final class CxrGradeReport {

    private static final String COLOUR = BarChart.ACCURACY_COLOUR;

    private CxrGradeReport() {
    }

    /** @param summary {@link MetricSummary#toJson()} */
    public static String render(JsonNode summary) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> task : summary.get("tasks").properties()) {
            bars.add(bar(task.getKey(), task.getValue()));
        }
        bars.add(bar("perception", summary.get("groups").get("perception")));
        bars.add(bar("measurement", summary.get("groups").get("measurement")));
        bars.add(bar("overall", summary.get("overall")));
        String chart = BarChart.chart("completion", "Completion per task (Wilson-adjusted, %)", bars, 1, true);
        return HtmlPage.page("CXReasonBench Path 1, graded stage by stage",
                HtmlPage.section("Completion", chart) + HtmlPage.section("Metrics as metric.py prints them", table(summary)));
    }

    private static BarChart.Bar bar(String name, JsonNode scope) {
        JsonNode completion = scope.path(Metric.COMPLETION.id());
        String note = completion.isNumber() ? MetricSummary.pythonText(completion.doubleValue()) + "%" : "N/A";
        long cases = scope.path("counts").path("cases").longValue();
        return new BarChart.Bar(name, name + " (n=" + cases + ")",
                completion.isNumber() ? completion.doubleValue() / 100 : Double.NaN, Double.NaN, Double.NaN, COLOUR,
                note, name + ": Completion " + note + " of " + cases + " cases");
    }

    private static String table(JsonNode summary) {
        List<String> header = new ArrayList<>(List.of("scope", "cases"));
        for (Metric metric : Metric.values()) {
            header.add(metric.printedName());
        }
        List<List<String>> rows = new ArrayList<>();
        summary.get("tasks").properties().forEach(e -> rows.add(row(e.getKey(), e.getValue())));
        summary.get("groups").properties().forEach(e -> rows.add(row(e.getKey(), e.getValue())));
        rows.add(row("overall", summary.get("overall")));
        return HtmlPage.table(header, rows, 1);
    }

    private static List<String> row(String name, JsonNode scope) {
        List<String> row = new ArrayList<>(List.of(name, HtmlPage.text(scope.path("counts").path("cases"))));
        for (Metric metric : Metric.values()) {
            JsonNode value = scope.path(metric.id());
            row.add(MetricSummary.pythonText(value.isNumber() ? value.doubleValue() : null));
        }
        return row;
    }
}
