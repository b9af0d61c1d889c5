package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rubric list, describe, show --drl and check, on the shipped rubrics and on hostile rubric files: author text that
 * looks like DRL or Java arrives in the rules as data and runs nothing, a catastrophic pattern answers at once, and a
 * 10 MB criterion is refused with a clear message.
 */
class RubricCheckTest {

    private static final String HOSTILE = "\\\"); System.exit(1); //";

    @TempDir
    Path dir;

    @Test
    void the_shipped_rubrics_are_listed_and_valid() {
        CliRun list = CliRun.of("rubric", "list");
        assertEquals(3, list.out().lines().count(), list.out());
        assertTrue(list.out().startsWith("af-anticoagulation "), list.out());
        // the source folder's files are files like any other: chest-pain-heart's rules beside it need --trusted
        CliRun check = CliRun.of("rubric", "check", "rubrics", "--trusted");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(3, check.out().lines().filter(l -> l.contains(": valid; ")).count(), check.out());
    }

    @Test
    void describe_says_how_each_criterion_is_decided() {
        CliRun run = CliRun.of("rubric", "describe", "chest-pain-heart");
        assertTrue(run.out().contains("  discharge-at-moderate-risk  -10  red line  Advises discharge home"), run.out());
        assertTrue(run.out().contains("rule: when heart-score >= 4, mentions \"discharge\""), run.out());
        assertTrue(run.out().contains("  false-reassurance  -5  Says the pain is certainly not cardiac\n      judge"),
                run.out());
    }

    @Test
    void hostile_text_is_inert_data_in_the_rules() throws IOException {
        Path file = rubric("{\"id\": \"" + HOSTILE + "\", \"text\": \"" + HOSTILE + " java.lang.Runtime\", \"points\": 2,"
                + " \"tags\": [], \"check\": {\"type\": \"mentions\", \"phrases\": [\"" + HOSTILE + "\","
                + " \"java.lang.Runtime.getRuntime().exec(\\\"rm\\\")\", \"${jndi:x}\", \"\\\\u0022\"]}},"
                + "{\"id\": \"p\", \"text\": \"backtracking\", \"points\": 1, \"tags\": [],"
                + " \"check\": {\"type\": \"pattern\", \"regex\": \"(a+)+$\"}}");

        CliRun check = CliRun.of("rubric", "check", file.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains(": valid; 2 criteria (2 decided by rules, 0 by a judge)"), check.out());
        String drl = CliRun.of("rubric", "show", file.toString(), "--drl").out();
        assertTrue(drl.contains("rule \"\\\"); System.exit(1); //: stated\""), drl);
        assertTrue(drl.contains("PhraseFound(criterion == \"\\\"); System.exit(1); //\", negation == null)"), drl);

        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, "{\"id\": \"r\", \"response\": \"" + "a".repeat(100_000) + "! and \\\"); System.exit(1); //\"}\n");
        CliRun grade = CliRun.of("rubric", "grade", "--rubrics", file.toString(), "--judgments", emptyJudgments(),
                "--responses", responses.toString(), "--judge", "none", "--out", dir.resolve("v.jsonl").toString());
        assertEquals(0, grade.exitCode(), grade.err());
        String verdict = Files.readString(dir.resolve("v.jsonl"));
        assertTrue(verdict.contains("\"score\":0.6666666666666666"), "the phrase met (2), the pattern not (1): " + verdict);
    }

    @Test
    void a_ten_megabyte_criterion_is_refused_naming_it() throws IOException {
        Path file = rubric("{\"id\": \"big\", \"text\": \"" + "x".repeat(10 * 1024 * 1024) + "\", \"points\": 1, \"tags\": []}");

        CliRun check = CliRun.of("rubric", "check", file.toString());
        assertEquals(2, check.exitCode());
        assertEquals(1, check.err().lines().count(), "one line, not the text: " + check.err().length() + " characters");
        assertTrue(check.err().contains("/criteria/0/text: "), check.err());
        assertTrue(check.err().contains("10000"), check.err());
    }

    @Test
    void faults_are_one_line_naming_the_file_and_pointer() throws IOException {
        Path calculator = rubric("{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": [], \"check\":"
                + " {\"type\": \"calculator\", \"calculator\": \"cha2ds-vasc\"}}");
        CliRun run = CliRun.of("rubric", "check", calculator.toString());
        assertEquals(2, run.exitCode());
        assertEquals("invalid input: " + calculator + ": line 1: /criteria/0/check: no calculator 'cha2ds-vasc' (did you mean"
                + " cha2ds2-vasc? see 'clinigrade list')",
                run.err().strip());
        CliRun missing = CliRun.of("rubric", "describe", "no-such-rubric");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("'no-such-rubric' is neither a file nor a shipped rubric (af-anticoagulation,"),
                missing.err());
    }

    @Test
    void grading_with_neither_a_file_nor_a_shipped_rubric_names_the_shipped_ones() {
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", "chest-pain", "--judgments",
                "testcases/rubrics/shipped/chest-pain-heart/judgments.jsonl", "--judge", "j");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--rubrics: chest-pain: no such file or folder, nor a shipped rubric"
                + " (af-anticoagulation, chest-pain-heart, sore-throat-antibiotics)"), run.err());
    }

    @Test
    void checking_a_file_that_does_not_exist_names_it() {
        CliRun run = CliRun.of("rubric", "check", dir.resolve("missing.json").toString());
        assertEquals(2, run.exitCode());
        assertEquals("invalid input: " + dir.resolve("missing.json") + ": no such file or folder", run.err().strip());
    }

    private Path rubric(String criteria) throws IOException {
        Path file = dir.resolve("rubric.json");
        Files.writeString(file, "{\"id\": \"hostile\", \"title\": \"T\", \"scheme\": \"healthbench\", \"criteria\": ["
                + criteria + "]}");
        return file;
    }

    private String emptyJudgments() throws IOException {
        Path judgments = dir.resolve("judgments.jsonl");
        Files.writeString(judgments, "");
        return judgments.toString();
    }
}
