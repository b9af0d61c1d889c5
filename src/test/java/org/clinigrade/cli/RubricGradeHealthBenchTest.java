package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 30 shared HealthBench records with the judgments of testcases/rubrics/healthbench/judgments.jsonl (criterion i
 * of example_k met exactly when (k + i) % 3 != 0): example, tag and run scores as simple-evals' formula gives them,
 * worked out here from the raw records, without the scorer.
 */
class RubricGradeHealthBenchTest {

    static final String RECORDS = "../shared/data/rubrics/healthbench_oss_eval_first30";
    static final String JUDGMENTS = "testcases/rubrics/healthbench/judgments.jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    private static CliRun run;
    private static List<JsonNode> verdicts;
    private static JsonNode summary;
    /** by k, the record and its expected scores */
    private static final Map<Integer, Expected> EXPECTED = new TreeMap<>();

    /** a record's expected score and tag scores, from simple-evals' calculate_score and grade_sample */
    private record Expected(String promptId, double score, Map<String, Double> tags) {
    }

    @BeforeAll
    static void grade() throws IOException {
        Pattern number = Pattern.compile("_(\\d+)\\.json$");
        for (File file : new File(RECORDS).listFiles((d, name) -> name.endsWith(".json"))) {
            Matcher k = number.matcher(file.getName());
            assertTrue(k.find());
            EXPECTED.put(Integer.parseInt(k.group(1)), expected(Integer.parseInt(k.group(1)), JSON.readTree(file)));
        }
        run = CliRun.of("rubric", "grade", "--rubrics", RECORDS, "--judgments", JUDGMENTS, "--judge", "pattern (k + i) % 3",
                "--out", dir.resolve("v.jsonl").toString(), "--summary", dir.resolve("s.json").toString(),
                "--html", dir.resolve("r.html").toString(), "--seed", "3");
        verdicts = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("v.jsonl"))) {
            verdicts.add(JSON.readTree(line));
        }
        summary = JSON.readTree(dir.resolve("s.json").toFile());
    }

    private static Expected expected(int k, JsonNode record) {
        JsonNode items = record.get("rubrics");
        int positive = 0;
        int achieved = 0;
        Map<String, int[]> tags = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int points = items.get(i).get("points").intValue();
            boolean met = (k + i) % 3 != 0;
            positive += Math.max(points, 0);
            achieved += met ? points : 0;
            for (JsonNode tag : items.get(i).get("tags")) {
                int[] sums = tags.computeIfAbsent(tag.stringValue(), t -> new int[2]);
                sums[0] += Math.max(points, 0);
                sums[1] += met ? points : 0;
            }
        }
        double score = (double) achieved / positive;
        Map<String, Double> tagScores = new LinkedHashMap<>();
        record.get("example_tags").forEach(tag -> tagScores.put(tag.stringValue(), score));
        tags.forEach((tag, sums) -> {
            if (sums[0] > 0) {
                tagScores.put(tag, (double) sums[1] / sums[0]);
            }
        });
        return new Expected(record.get("prompt_id").stringValue(), score, tagScores);
    }

    @Test
    void every_record_is_graded_in_the_order_of_its_file_number() {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(30, verdicts.size());
        List<String> expected = EXPECTED.values().stream().map(Expected::promptId).toList();
        assertEquals(expected, verdicts.stream().map(v -> v.get("prompt_id").stringValue()).toList());
    }

    @Test
    void example_scores_are_the_formulas() {
        int i = 0;
        for (Expected expected : EXPECTED.values()) {
            assertEquals(expected.score(), verdicts.get(i++).get("score").doubleValue(), expected.promptId());
        }
    }

    @Test
    void a_few_example_scores_worked_by_hand() {
        assertEquals(0.5, verdicts.get(2).get("score").doubleValue(), "example 3, [5, 5]: the second met");
        assertEquals(1.0, verdicts.get(18).get("score").doubleValue(), "example 19, [9, 4, -8]: 13/13");
        assertEquals(-2.0, verdicts.get(21).get("score").doubleValue(),
                "example 22, [7, -5, -6, -7, -9, -9]: 7 - 5 - 7 - 9 over 7, not clipped");
        assertEquals(3.0 / 16, verdicts.get(23).get("score").doubleValue(), "example 24, [8, 8, -5, -5]: 8 - 5 over 16");
    }

    @Test
    void tag_scores_are_the_formulas() {
        int i = 0;
        for (Expected expected : EXPECTED.values()) {
            Map<String, Double> got = new LinkedHashMap<>();
            verdicts.get(i++).get("tag_scores").properties().forEach(e -> got.put(e.getKey(), e.getValue().doubleValue()));
            assertEquals(expected.tags(), got, expected.promptId());
        }
    }

    @Test
    void run_and_tag_scores_are_the_clipped_means() {
        double sum = 0;
        Map<String, List<Double>> byTag = new TreeMap<>();
        for (Expected expected : EXPECTED.values()) {
            sum += expected.score();
            expected.tags().forEach((tag, score) -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(score));
        }
        assertEquals(Math.max(0, Math.min(1, sum / 30)), summary.get("overall_score").doubleValue());
        assertEquals(30, summary.get("n_samples").intValue());
        assertEquals(byTag.keySet(), new java.util.TreeSet<>(toList(summary.get("tags").propertyNames())));
        byTag.forEach((tag, scores) -> {
            double tagSum = 0;
            for (double score : scores) {
                tagSum += score;
            }
            JsonNode got = summary.get("tags").get(tag);
            assertEquals(Math.max(0, Math.min(1, tagSum / scores.size())), got.get("score").doubleValue(), tag);
            assertEquals(scores.size(), got.get("n_samples").intValue(), tag);
        });
    }

    @Test
    void the_summary_names_the_judge_and_reruns_give_the_same_bootstrap() throws IOException {
        assertEquals("pattern (k + i) % 3", summary.get("judge").stringValue());
        assertEquals("healthbench", summary.get("scheme").stringValue());
        Path again = dir.resolve("again.json");
        CliRun.of("rubric", "grade", "--rubrics", RECORDS, "--judgments", JUDGMENTS, "--judge", "pattern (k + i) % 3",
                "--out", dir.resolve("v2.jsonl").toString(), "--summary", again.toString(), "--seed", "3", "--threads", "1");
        assertEquals(summary, JSON.readTree(again.toFile()));
        assertEquals(Files.readString(dir.resolve("v.jsonl")), Files.readString(dir.resolve("v2.jsonl")));
        assertTrue(summary.get("bootstrap_std").doubleValue() > 0);
    }

    @Test
    void the_report_shows_the_headline_and_the_judge() throws IOException {
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("judge pattern (k + i) % 3"), "headline names the judge");
        assertTrue(html.contains("Score per axis"));
        assertTrue(html.contains("Criteria most often missed"));
        assertTrue(html.contains("<svg"));
    }

    private static List<String> toList(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(list::add);
        return list;
    }
}
