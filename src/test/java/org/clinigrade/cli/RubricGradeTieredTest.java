package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * testcases/rubrics/tiered: a tiered rubric (weights 2:1:1:2, max level 2, truncation at 0.5 either side, tag cap 3,
 * essential multiplier 2) with a word limit checked by rule, and three responses, scored by hand.
 */
class RubricGradeTieredTest {

    private static final String CASES = "testcases/rubrics/tiered/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void tiered_responses_score_as_worked_by_hand_and_an_incomplete_one_says_what_it_lacks() throws IOException {
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", CASES + "warfarin-interaction.json",
                "--judgments", CASES + "judgments.jsonl", "--responses", CASES + "responses.jsonl", "--judge", "by hand",
                "--out", dir.resolve("v.jsonl").toString(), "--summary", dir.resolve("s.json").toString());
        assertEquals(3, run.exitCode(), "response c lacks verdicts: " + run.err());
        List<JsonNode> verdicts = Files.readAllLines(dir.resolve("v.jsonl")).stream().map(JSON::readTree).toList();
        // a: E = 2 + 2, I = 2 + 2 (the word limit, by rule), H = 0 + 1, P = 0; no truncation; groups Information
        // Quality 2, Humanistic Care 1, Readability 2, all under 3; (2·4 + 5 − 0) / (2·(2·2 + 2 + 2)) = 13/16
        assertEquals(13.0 / 16, verdicts.get(0).get("score").doubleValue());
        JsonNode length = verdicts.get(0).get("criteria").get(6);
        assertEquals("rule", length.get("source").stringValue());
        assertEquals(2, length.get("level").intValue());
        assertEquals("24 words, limit 300", length.get("evidence").stringValue());
        // b: E = 0 + 1, ratio 1/4 < 0.5, and P = 2, ratio 1 > 0.5: truncated; (2·1 − 2·2) / 16, already below the
        // red line's cap of 0, which it crossed (told to stop warfarin)
        assertEquals(-2.0 / 16, verdicts.get(1).get("score").doubleValue());
        assertEquals("stop-warfarin", verdicts.get(1).get("red_lines").get(0).get("id").stringValue());
        // c: judged on two criteria only
        assertTrue(verdicts.get(2).get("score").isNull());
        assertEquals("no verdict for criteria bleeding-signs, mechanism, interaction-list, tone: the score is not given",
                verdicts.get(2).get("missing").stringValue());
        JsonNode summary = JSON.readTree(dir.resolve("s.json").toFile());
        assertEquals("tiered", summary.get("scheme").stringValue());
        assertEquals((13.0 / 16 - 2.0 / 16) / 2, summary.get("overall_score").doubleValue());
        assertEquals(2, summary.get("n_samples").intValue());
        assertEquals(1, summary.get("incomplete").intValue());
        assertEquals(1, summary.get("red_lines_crossed").intValue());
    }

    @Test
    void a_response_naming_an_unknown_rubric_is_named_with_its_line() throws IOException {
        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, "{\"id\": \"a\", \"response\": \"x\"}\n{\"id\": \"b\", \"rubric\": \"nope\", \"response\": \"y\"}\n");
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", CASES + "warfarin-interaction.json",
                "--judgments", CASES + "judgments.jsonl", "--responses", responses.toString(), "--judge", "j",
                "--out", dir.resolve("v.jsonl").toString());
        assertEquals(2, run.exitCode());
        assertEquals("invalid input: " + responses + ": line 2: rubric: 'nope' is not a rubric of --rubrics", run.err().strip());
    }

    @Test
    void an_output_in_a_missing_folder_stops_before_any_work() {
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", CASES + "warfarin-interaction.json",
                "--judgments", CASES + "judgments.jsonl", "--judge", "j", "--summary", "no/such/folder/s.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("invalid input: --summary: no/such/folder/s.json: no such folder"), run.err());
    }

    @Test
    void the_judge_is_required() {
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", CASES + "warfarin-interaction.json",
                "--judgments", CASES + "judgments.jsonl");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--judge=NAME'"), run.err());
    }
}
