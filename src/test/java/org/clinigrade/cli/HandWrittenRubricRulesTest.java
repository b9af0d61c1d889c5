package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rubric file's hand-written rules (x.drl beside x.json) run code, so they load only with --trusted; with it they
 * decide their criteria from the facts the check asks for, and every fault of theirs is one line naming the file.
 */
class HandWrittenRubricRulesTest {

    /** met when the response states a number above 100 that is not negated (a rule no template writes) */
    private static final String RULES = """
            package test.hand_written;

            import org.clinigrade.rubric.facts.CriterionFact;
            import org.clinigrade.rubric.facts.NumberStated;

            global org.clinigrade.engine.Calculation result;

            rule "big-number: a number over 100"
            when
                CriterionFact(id == "big-number")
                $n : NumberStated(value > 100)
                not NumberStated(value > 100, offset < $n.offset)
            then
                result.criterion(drools, true, $n.text() + " at " + $n.offset());
            end

            rule "big-number: none over 100"
            when
                CriterionFact(id == "big-number")
                not NumberStated(value > 100)
            then
                result.criterion(drools, false, "no number over 100");
            end
            """;

    @TempDir
    Path dir;

    @Test
    void without_trusted_the_rules_are_refused_naming_the_file_and_criterion() throws IOException {
        Path rubric = rubric(RULES);
        for (String command : new String[] {"check", "show"}) {
            CliRun run = CliRun.of("rubric", command, rubric.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertEquals("invalid input: " + rubric + ": /criteria/1/check: decided by hand-written rules ("
                    + dir.resolve("big.drl") + "), which run code with your rights; give --trusted to load them, only"
                    + " for a file whose author you trust", run.err().strip());
        }
        CliRun grade = grade(rubric, false);
        assertEquals(2, grade.exitCode());
        assertTrue(grade.err().contains("give --trusted"), grade.err());
    }

    @Test
    void with_trusted_they_decide_their_criterion_with_its_evidence() throws IOException {
        Path rubric = rubric(RULES);
        CliRun check = CliRun.of("rubric", "check", rubric.toString(), "--trusted");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().strip().endsWith("; 2 rules compiled from the fixed templates, 2 hand-written ("
                + dir.resolve("big.drl") + ")"), check.out());
        assertTrue(CliRun.of("rubric", "show", rubric.toString(), "--drl", "--trusted").out()
                .contains("// hand-written rules, from " + dir.resolve("big.drl")));

        CliRun grade = grade(rubric, true);
        assertEquals(0, grade.exitCode(), grade.err());
        String verdicts = Files.readString(dir.resolve("verdicts.jsonl"));
        // r1: "250" at 13 is the first number over 100 (met, 2 points), "short" mentioned (1): 3 / 3
        assertTrue(verdicts.contains("{\"id\":\"big-number\",\"points\":2,\"met\":true,\"source\":\"rule\","
                + "\"evidence\":\"250 at 13\"}"), verdicts);
        assertTrue(verdicts.startsWith("{\"id\":\"r1\",\"rubric\":\"big\",\"score\":1.0,"), verdicts);
        // r2: 99 and 100 are not over 100; "short" not mentioned: 0 / 3
        assertTrue(verdicts.contains("\"evidence\":\"no number over 100\""), verdicts);
        assertTrue(verdicts.contains("{\"id\":\"r2\",\"rubric\":\"big\",\"score\":0.0,"), verdicts);
    }

    @Test
    void rules_that_do_not_compile_are_one_line_naming_the_file() throws IOException {
        Path rubric = rubric(RULES.replace("then\n    result.criterion(drools, false", "then\n    result.criterion(drools false"));
        String error = checkFails(rubric);
        assertTrue(error.startsWith("invalid input: " + rubric + ": its hand-written rules do not compile: "
                + dir.resolve("big.drl") + ":"), error);
    }

    @Test
    void a_rules_criterion_no_rule_decides_is_refused() throws IOException {
        Path rubric = rubric(RULES.replace("big-number:", "large-number:"));
        assertEquals("invalid input: " + dir.resolve("big.drl") + ": no rule named 'big-number: …' decides criterion"
                + " 'big-number'", checkFails(rubric));
    }

    @Test
    void a_rule_named_after_a_criterion_its_template_decides_is_refused() throws IOException {
        Path rubric = rubric(RULES.replace("rule \"big-number: none over 100\"", "rule \"short: none over 100\""));
        assertEquals("invalid input: " + dir.resolve("big.drl") + ": a rule is named after criterion 'short', which is"
                + " not a rules check", checkFails(rubric));
    }

    @Test
    void a_rules_check_naming_an_unknown_calculator_is_refused_with_near_matches() throws IOException {
        Path rubric = rubric(RULES);
        Files.writeString(rubric, Files.readString(rubric).replace("{\"type\": \"rules\"}",
                "{\"type\": \"rules\", \"calculator\": \"heart-scor\"}"));
        assertEquals("invalid input: " + rubric + ": /criteria/1/check: no calculator 'heart-scor' (did you mean"
                + " heart-score? see 'clinigrade list')", checkFails(rubric));
    }

    @Test
    void a_missing_rules_file_is_named() throws IOException {
        Path rubric = rubric(RULES);
        Files.delete(dir.resolve("big.drl"));
        assertEquals("invalid input: " + rubric + ": /criteria/1/check: decided by hand-written rules, but "
                + dir.resolve("big.drl") + " does not exist", checkFails(rubric));
    }

    @Test
    void a_shipped_rubric_runs_its_bundled_rules_without_trusted() {
        CliRun run = CliRun.of("rubric", "show", "chest-pain-heart", "--drl");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rule \"names-risk-group: the first group named, against the score's\""), run.out());
        CliRun describe = CliRun.of("rubric", "describe", "chest-pain-heart");
        assertTrue(describe.out().lines().anyMatch(line -> line.matches(
                ".*chest-pain-heart\\.json, hand-written rules from .*rubrics/chest-pain-heart\\.drl")), describe.out());
        assertFalse(run.err().contains("--trusted"), run.err());
    }

    /** {@code rubric check --trusted} on the file: exit 2 and one line, which is returned */
    private static String checkFails(Path rubric) {
        CliRun run = CliRun.of("rubric", "check", rubric.toString(), "--trusted");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        return run.err().strip();
    }

    private Path rubric(String drl) throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, """
                {"id": "big", "title": "Big numbers", "scheme": "healthbench", "criteria": [
                  {"id": "short", "text": "Says it is short", "points": 1, "tags": [],
                   "check": {"type": "mentions", "phrases": ["short"]}},
                  {"id": "big-number", "text": "States a number over 100", "points": 2, "tags": [],
                   "check": {"type": "rules"}}
                ]}
                """);
        Files.writeString(dir.resolve("big.drl"), drl);
        return file;
    }

    private CliRun grade(Path rubric, boolean trusted) throws IOException {
        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, """
                {"id": "r1", "response": "It is short: 250 mg, then 300."}
                {"id": "r2", "response": "Give 99 or 100."}
                """);
        Path judgments = dir.resolve("judgments.jsonl");
        Files.writeString(judgments, "");
        List<String> args = new ArrayList<>(List.of("rubric", "grade", "--rubrics", rubric.toString(), "--responses",
                responses.toString(), "--judgments", judgments.toString(), "--judge", "none", "--out",
                dir.resolve("verdicts.jsonl").toString()));
        if (trusted) {
            args.add("--trusted");
        }
        return CliRun.of(args.toArray(String[]::new));
    }
}
