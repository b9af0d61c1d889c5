package org.clinigrade.rubric;

import static org.clinigrade.report.HtmlPage.fact;
import static org.clinigrade.report.HtmlPage.percent;
import static org.clinigrade.report.HtmlPage.section;
import static org.clinigrade.report.HtmlPage.table;
import static org.clinigrade.report.HtmlPage.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinigrade.report.BarChart;
import org.clinigrade.report.HtmlPage;
import tools.jackson.databind.JsonNode;

/**
 * A rubric run as a report page ({@link HtmlPage}): the headline score with its bootstrap interval and the judge,
 * scores per axis, theme, tier and other tags, the red lines crossed, and the criteria most often missed.
 */
public final class RubricReport {

    private static final int MAX_MISSED = 15;
    /** a consensus criterion's text runs to a page; its start says which it is */
    private static final int MAX_TEXT = 200;
    /** the interval drawn from the bootstrap std: score ± 1.96 std, within [0, 1] */
    private static final double Z95 = 1.96;
    private static final List<String> FIRST_KINDS = List.of("axis", "theme", "tier");

    private RubricReport() {
    }

    public static String render(JsonNode summary, List<ExampleVerdict> verdicts) {
        return HtmlPage.page("clinigrade rubric report", headline(summary) + tagSections(summary.path("tags"))
                + redLines(verdicts) + missed(verdicts));
    }

    private static String headline(JsonNode s) {
        String sentence = " overall score (" + interval(s) + ", score \u00b1 1.96 bootstrap std), "
                + text(s.path("n_samples")) + " responses scored, judge " + text(s.path("judge"));
        return HtmlPage.headline(percent(s.path("overall_score")), sentence, List.of(
                fact("scheme", text(s.path("scheme"))),
                fact("judge", text(s.path("judge"))),
                fact("responses", text(s.path("examples"))),
                fact("score undefined", text(s.path("undefined"))),
                fact("without every verdict", text(s.path("incomplete"))),
                fact("red lines crossed", text(s.path("red_lines_crossed"))),
                fact("bootstrap std", text(s.path("bootstrap_std"))),
                fact("seed", text(s.path("seed")))));
    }

    private static String interval(JsonNode stat) {
        JsonNode score = stat.has("overall_score") ? stat.path("overall_score") : stat.path("score");
        if (!score.isNumber() || !stat.path("bootstrap_std").isNumber()) {
            return "n/a";
        }
        double low = Math.max(0, score.doubleValue() - Z95 * stat.path("bootstrap_std").doubleValue());
        double high = Math.min(1, score.doubleValue() + Z95 * stat.path("bootstrap_std").doubleValue());
        return String.format(java.util.Locale.ROOT, "%.1f%%\u2013%.1f%%", 100 * low, 100 * high);
    }

    /**
     * One chart per kind of tag: axis:, theme:, tier:, then the other prefixes (level:, cluster:, …) in alphabetical
     * order, then the tags without a prefix (capability tags).
     */
    private static String tagSections(JsonNode tags) {
        Map<String, List<Map.Entry<String, JsonNode>>> kinds = new java.util.TreeMap<>(
                Comparator.comparingInt((String kind) -> FIRST_KINDS.contains(kind) ? FIRST_KINDS.indexOf(kind) : kind.isEmpty()
                        ? Integer.MAX_VALUE : FIRST_KINDS.size()).thenComparing(Comparator.naturalOrder()));
        for (Map.Entry<String, JsonNode> tag : tags.properties()) {
            int colon = tag.getKey().indexOf(':');
            kinds.computeIfAbsent(colon < 0 ? "" : tag.getKey().substring(0, colon), k -> new ArrayList<>()).add(tag);
        }
        kinds.computeIfPresent("tier", (kind, entries) -> entries.stream().sorted(Comparator.comparing(
                (Map.Entry<String, JsonNode> e) -> Tier.valueOf(e.getKey().substring(5).toUpperCase(java.util.Locale.ROOT)))).toList());
        StringBuilder sections = new StringBuilder();
        kinds.forEach((kind, entries) -> sections.append(section("Score per " + (kind.isEmpty() ? "capability tag" : kind),
                chart(kind, entries))));
        return sections.toString();
    }

    private static String chart(String kind, List<Map.Entry<String, JsonNode>> entries) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries) {
            String name = kind.isEmpty() ? entry.getKey() : entry.getKey().substring(kind.length() + 1);
            JsonNode stat = entry.getValue();
            double score = HtmlPage.number(stat.path("score"));
            double std = HtmlPage.number(stat.path("bootstrap_std"));
            String note = percent(stat.path("score"));
            bars.add(new BarChart.Bar(entry.getKey(), BarChart.fit(name, " (n=" + text(stat.path("n_samples")) + ")"),
                    score, Math.max(0, score - Z95 * std), Math.min(1, score + Z95 * std), BarChart.ACCURACY_COLOUR,
                    note, name + ": " + note + " (" + interval(stat) + ")"));
            rows.add(List.of(name, note, text(stat.path("bootstrap_std")), text(stat.path("n_samples"))));
        }
        String heading = kind.isEmpty() ? "capability tag" : kind;
        return BarChart.chart(kind.isEmpty() ? "capability" : kind, "Score per " + heading
                + ", with score \u00b1 1.96 bootstrap std", bars, 1, true)
                + table(List.of(heading, "score", "bootstrap std", "n"), rows, 1);
    }

    private static String redLines(List<ExampleVerdict> verdicts) {
        List<List<String>> rows = new ArrayList<>();
        for (ExampleVerdict verdict : verdicts) {
            for (Criterion crossed : verdict.crossed()) {
                rows.add(List.of(verdict.id(), crossed.id(), crossed.text()));
            }
        }
        return section("Red lines crossed", rows.isEmpty() ? "<p class=\"na\">none</p>\n"
                : table(List.of("response", "criterion", "the line"), rows, 3));
    }

    /** criteria grouped by their text: a requirement not (fully) met, or a harm done */
    private static String missed(List<ExampleVerdict> verdicts) {
        Map<String, int[]> byText = new LinkedHashMap<>();
        for (ExampleVerdict verdict : verdicts) {
            for (CriterionVerdict criterion : verdict.criteria()) {
                if (!criterion.decided()) {
                    continue;
                }
                int[] counts = byText.computeIfAbsent(criterion.criterion().text(), t -> new int[2]);
                counts[1]++;
                counts[0] += missed(criterion, verdict.rubric()) ? 1 : 0;
            }
        }
        List<Map.Entry<String, int[]>> ranked = byText.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])).limit(MAX_MISSED).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : ranked) {
            String text = entry.getKey().length() <= MAX_TEXT ? entry.getKey() : entry.getKey().substring(0, MAX_TEXT) + "\u2026";
            rows.add(List.of(text, Integer.toString(entry.getValue()[0]), Integer.toString(entry.getValue()[1])));
        }
        return section("Criteria most often missed (a requirement not met, or a harm done)",
                rows.isEmpty() ? "<p class=\"na\">none</p>\n" : table(List.of("criterion", "missed", "verdicts"), rows, 1));
    }

    private static boolean missed(CriterionVerdict verdict, Rubric rubric) {
        if (verdict.met() != null) {
            return verdict.met() == verdict.criterion().isHarm();
        }
        int max = ((Scheme.Tiered) rubric.scheme()).maxLevel();
        return verdict.criterion().isHarm() ? verdict.level() > 0 : verdict.level() < max;
    }
}
