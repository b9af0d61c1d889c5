package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The report is one self-contained page whose charts and numbers say what the summary says. */
class HtmlReportTest {

    private static final String SUMMARY = """
            {
              "records": 1047, "graded": 1040, "invalid_records": 7,
              "mode": "clinigrade", "labels": "v1.0",
              "correct": 216, "accuracy": 0.2063, "accuracy_ci95": [0.1824, 0.2325],
              "error_types": {"correct": 216, "extraction_error": 120, "rule_error": 300, "arithmetic_error": 40,
                              "format_error": 30, "abstained": 12, "unattributed": 322, "invalid_record": 7},
              "by_category": {
                "lab": {"records": 327, "correct": 54, "accuracy": 0.165, "ci95": [0.129, 0.209],
                        "error_types": {"correct": 54, "rule_error": 200}},
                "physical": {"records": 100, "correct": 50, "accuracy": 0.5, "ci95": [0.4, 0.6],
                             "error_types": {"correct": 50, "extraction_error": 50}}
              },
              "by_calculator": {
                "cockcroft-gault": {"title": "Creatinine Clearance (Cockcroft-Gault)", "medcalc_id": 2,
                                    "category": "lab", "records": 20, "correct": 5, "accuracy": 0.25,
                                    "ci95": [0.1, 0.5], "error_types": {"correct": 5, "extraction_error": 15}},
                "half": {"title": "Half Right Score", "medcalc_id": 3, "category": "physical", "records": 10,
                         "correct": 5, "accuracy": 0.5, "ci95": [0.2, 0.8], "error_types": {"correct": 5}},
                "all-right": {"medcalc_id": 4, "category": "physical", "records": 4, "correct": 4,
                              "accuracy": 1.0, "ci95": [0.5, 1.0], "error_types": {"correct": 4}}
              },
              "steps": {
                "records_with_process": 353, "reference_steps": 2100, "stated": 1500, "agreeing": 1200,
                "agreement": 0.8,
                "by_calculator": {"cockcroft-gault": {"stated": 100, "agreeing": 80, "agreement": 0.8}},
                "first_divergence": {"Body mass index": 12, "Creatinine clearance": 30}
              },
              "entities": {"checked": 900, "matched": 800, "wrong_value": 60, "wrong_unit": 5, "missing": 30,
                           "extra": 5},
              "reference_result": {"records": 1047, "agree": 1046, "agreement": 0.999,
                                   "disagreements": [{"id": "12", "file_result": "Correct", "correct": false,
                                                      "reason": "answer read as 12 & 13"}]},
              "corrected": {"relabelled": 818, "verdicts_changed": 1,
                            "changed": [{"id": "5", "v1": false, "corrected": true}]}
            }
            """;

    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"bar\" data-chart=\"([^\"]*)\" data-key=\"([^\"]*)\"[^>]*? width=\"([0-9.]+)\"");

    private static ObjectNode summary() {
        return (ObjectNode) JsonMapper.builder().build().readTree(SUMMARY);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** bar widths by chart and key, as drawn */
    private static Map<String, Double> barWidths(String html) {
        Map<String, Double> widths = new HashMap<>();
        Matcher m = BAR.matcher(html);
        while (m.find()) {
            widths.put(m.group(1) + "/" + m.group(2), Double.parseDouble(m.group(3)));
        }
        return widths;
    }

    @Test
    void draws_four_charts_with_steps_and_three_without() {
        ObjectNode summary = summary();
        assertEquals(4, occurrences(HtmlReport.render(summary), "<svg"));
        summary.remove("steps");
        assertEquals(3, occurrences(HtmlReport.render(summary), "<svg"));
    }

    @Test
    void every_chart_is_accessible() {
        String html = HtmlReport.render(summary());
        assertEquals(4, occurrences(html, "role=\"img\""));
        assertEquals(4, occurrences(html, "<title id="), "each svg has a title of its own");
    }

    @Test
    void calculators_are_ranked_by_accuracy_and_say_their_category() {
        String html = HtmlReport.render(summary());
        // the summary lists them cockcroft-gault (25%), half (50%), all-right (100%)
        int allRight = html.indexOf("data-key=\"all-right\"");
        int half = html.indexOf("data-key=\"half\"");
        int cockcroftGault = html.indexOf("data-key=\"cockcroft-gault\"");
        assertTrue(allRight > 0 && half > allRight && cockcroftGault > half, "most accurate first");
    }

    @Test
    void shows_the_names_and_the_accuracy_as_percentages() {
        String html = HtmlReport.render(summary());
        assertTrue(html.contains("<title>clinigrade grading report</title>"));
        assertTrue(html.contains("20.6%"), "0.2063 as a percentage");
        assertTrue(html.contains("18.2%&#x2013;23.3%"), "the 95% CI");
        assertTrue(html.contains("16.5%"), "lab accuracy");
        assertTrue(html.contains(">lab<") && html.contains(">physical<"));
        assertTrue(html.contains("Creatinine Clearance (Cockcroft-Gault)"));
        assertTrue(html.contains("Half Right Score (n=10)"), "calculator label with its record count");
        assertTrue(html.contains("all-right (n=4)"), "the key when there is no title");
        assertTrue(html.contains(">Creatinine Clearance (Cockcroft-Gaul&#x2026; (n=20)</text>"),
                "a long title shortened so it fits left of the bars, its count kept");
        assertTrue(html.contains("Creatinine clearance"), "first divergence step");
        assertTrue(html.contains("wrong unit"), "entity counts");
    }

    @Test
    void says_why_there_is_no_step_agreement() {
        ObjectNode compat = summary();
        compat.remove("steps");
        compat.put("mode", "medcalc-compat");
        assertTrue(HtmlReport.render(compat).contains("not available: --compat medcalc grades the answer only"));
        ObjectNode direct = summary();
        ((ObjectNode) direct.get("steps")).putObject("by_calculator");
        assertTrue(HtmlReport.render(direct).contains("no record states a step the grader could compare"));
    }

    @Test
    void the_header_names_the_files_the_version_and_the_day() {
        ObjectNode summary = summary();
        summary.put("outputs", "runs/gpt-4.jsonl").put("reference", "test_data_v1.0.csv")
                .put("clinigrade_version", "0.1.0").put("generated", "2026-12-06");
        String html = HtmlReport.render(summary);
        for (String fact : new String[] {"runs/gpt-4.jsonl", "test_data_v1.0.csv", "0.1.0", "2026-12-06"}) {
            assertTrue(html.contains("<dd>" + fact + "</dd>"), fact);
        }
    }

    @Test
    void loads_nothing_from_elsewhere() {
        String html = HtmlReport.render(summary());
        assertFalse(html.contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertTrue(html.contains("<style>"));
    }

    @Test
    void escapes_strings_from_the_summary() {
        ObjectNode summary = summary();
        ((ObjectNode) summary.get("by_calculator").get("half")).put("title", "<script>alert('x')</script>");
        String html = HtmlReport.render(summary);
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("answer read as 12 &amp; 13"));
    }

    @Test
    void bar_widths_are_proportional_to_the_values() {
        Map<String, Double> widths = barWidths(HtmlReport.render(summary()));
        double full = widths.get("calculator/all-right");
        assertTrue(full > 0);
        assertEquals(0.5, widths.get("calculator/half") / full, 1e-9);
        assertEquals(0.25, widths.get("calculator/cockcroft-gault") / full, 1e-9);
        assertEquals(0.5 / 0.165, widths.get("category/physical") / widths.get("category/lab"), 1e-3);
        // counts are drawn against the largest count
        assertEquals(216.0 / 322, widths.get("error-type/correct") / widths.get("error-type/unattributed"), 1e-3);
        assertEquals(0.8, widths.get("step-agreement/cockcroft-gault") / full, 1e-9);
    }

    @Test
    void draws_the_confidence_interval_on_the_same_scale() {
        String html = HtmlReport.render(summary());
        Matcher m = Pattern.compile("data-key=\"cockcroft-gault\"[^>]*/><line class=\"whisker\" x1=\"([0-9.]+)\""
                + " y1=\"[0-9]+\" x2=\"([0-9.]+)\"").matcher(html);
        assertTrue(m.find());
        double full = barWidths(html).get("calculator/all-right");
        double zero = Double.parseDouble(m.group(1)) - 0.1 * full;
        assertEquals(0.5 * full, Double.parseDouble(m.group(2)) - zero, 1e-6);
    }

    @Test
    void caps_the_disagreement_list() {
        ObjectNode summary = summary();
        ArrayNode disagreements = ((ObjectNode) summary.get("reference_result")).putArray("disagreements");
        for (int i = 0; i < 205; i++) {
            disagreements.addObject().put("id", "row-" + i).put("correct", false);
        }
        String html = HtmlReport.render(summary);
        assertTrue(html.contains(">row-199<"));
        assertFalse(html.contains(">row-200<"));
        assertTrue(html.contains("and 5 more"));
    }

    @Test
    void missing_optional_sections_do_not_throw() {
        ObjectNode summary = summary();
        summary.remove("steps");
        summary.remove("entities");
        summary.remove("reference_result");
        summary.remove("corrected");
        String html = assertDoesNotThrow(() -> HtmlReport.render(summary));
        assertEquals(4, occurrences(html, "not available"));
        assertDoesNotThrow(() -> HtmlReport.render(JsonMapper.builder().build().createObjectNode()));
        assertDoesNotThrow(() -> HtmlReport.render(null));
    }
}
