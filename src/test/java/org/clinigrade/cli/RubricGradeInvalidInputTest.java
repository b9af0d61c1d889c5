package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad rubric or judgment: exit 2 and one line naming the file, line or JSON Pointer, and the field. */
class RubricGradeInvalidInputTest {

    private static final String HEAD = "{\"id\": \"x\", \"title\": \"T\", \"scheme\": \"healthbench\", \"criteria\": ";
    private static final String TIERED = "{\"id\": \"x\", \"title\": \"T\", \"scheme\": {\"name\": \"tiered\"}, \"criteria\": ";
    private static final String RECORD = "{\"prompt_id\": \"p1\", \"prompt\": [], \"example_tags\": [], \"rubrics\": ["
            + "{\"criterion\": \"a\", \"points\": 5, \"tags\": []}, {\"criterion\": \"b\", \"points\": -3, \"tags\": []}]}";

    @TempDir
    Path dir;

    private String grade(String rubric, String judgments) throws IOException {
        Path rubricFile = dir.resolve("rubric.json");
        Path judgmentFile = dir.resolve("judgments.jsonl");
        Files.writeString(rubricFile, rubric);
        Files.writeString(judgmentFile, judgments);
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", rubricFile.toString(), "--judgments", judgmentFile.toString(),
                "--judge", "j", "--out", dir.resolve("v.jsonl").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        return run.err().strip().replace(dir.toString() + "/", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "not JSON | {\"id\": \"x\", | rubric.json: not JSON at line 1, column 12: the text ends before the JSON does (a closing } or ] or \" is missing)",
        "schema violation | {\"id\": \"x\", \"scheme\": \"healthbench\", \"criteria\": [{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": []}]} | rubric.json: line 1: /title: required property 'title' not found",
        "points 0 | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 0, \"tags\": []}]} | rubric.json: line 1: /criteria/0/points: must not be 0 (positive for a behaviour wanted, negative for a harm)",
        "points not an integer | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 1.5, \"tags\": []}]} | rubric.json: line 1: /criteria/0/points: number found, integer expected",
        "duplicate criterion ids | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": []}, {\"id\": \"a\", \"text\": \"u\", \"points\": 2, \"tags\": []}]} | rubric.json: line 1: /criteria/1/id: 'a' is the id of an earlier criterion (ids must be unique)",
        "unknown tier | " + TIERED + "[{\"id\": \"a\", \"text\": \"t\", \"tier\": \"crucial\", \"tags\": []}]} | `rubric.json: line 1: /criteria/0/tier: does not have a value in the enumeration [\"essential\", \"important\", \"highlight\", \"pitfall\"]`",
        "unknown scheme | {\"id\": \"x\", \"title\": \"T\", \"scheme\": \"quark\", \"criteria\": []} | `rubric.json: line 1: /scheme: does not have a value in the enumeration [\"healthbench\"]`",
        "unknown scheme object | {\"id\": \"x\", \"title\": \"T\", \"scheme\": {\"name\": \"quark\"}, \"criteria\": []} | `rubric.json: line 1: /scheme/name: does not have a value in the enumeration [\"tiered\"]`",
        "unknown check | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": [], \"check\": {\"type\": \"regex\"}}]} | `rubric.json: line 1: /criteria/0/check/type: does not have a value in the enumeration [\"judge\", \"mentions\", \"pattern\", \"calculator\", \"calculator_threshold\", \"max_words\", \"rules\"]`",
        "a tag twice | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": [\"axis:accuracy\", \"axis:accuracy\"]}]} | rubric.json: line 1: /criteria/0/tags: must have only unique items in the array",
        "points under tiered | " + TIERED + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 2, \"tags\": []}]} | `rubric.json: line 1: /criteria/0/points: the tiered scheme scores criteria by tier, not points (give \"tier\": essential, important, highlight or pitfall)`",
        "tier under healthbench | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"tier\": \"essential\", \"tags\": []}]} | `rubric.json: line 1: /criteria/0/tier: the healthbench scheme scores criteria by points, not tier (give non-zero integer \"points\")`",
        "a pattern RE2/J rejects | " + HEAD + "[{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": [], \"check\": {\"type\": \"pattern\", \"regex\": \"(a)\\\\1\"}}]} | rubric.json: line 1: /criteria/0/check/regex: not a pattern RE2/J accepts: error parsing regexp: invalid escape sequence: `\\1`",
        "a HealthBench record without rubrics | {\"prompt_id\": \"p1\", \"prompt\": []} | `rubric.json: line 1: rubrics: missing (a HealthBench record lists its criteria in \"rubrics\")`",
    })
    void a_bad_rubric_file_is_named_with_its_pointer(String name, String rubric, String message) throws IOException {
        assertEquals("invalid input: " + message, grade(rubric, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a criterion that does not exist | {\"prompt_id\": \"p1\", \"criterion_index\": 2, \"criteria_met\": true} | judgments.jsonl: line 1: criterion_index: 2 is not a criterion of p1 (it has 2, 0 to 1)",
        "a record that does not exist | {\"prompt_id\": \"p9\", \"criterion_index\": 0, \"criteria_met\": true} | judgments.jsonl: line 1: prompt_id: 'p9' is not a record of --rubrics",
        "criteria_met not a boolean | `{\"prompt_id\": \"p1\", \"criterion_index\": 0, \"criteria_met\": \"yes\"}` | `judgments.jsonl: line 1: criteria_met: \"yes\" is not a boolean (expected true or false)`",
        "criteria_met missing | {\"prompt_id\": \"p1\", \"criterion_index\": 0} | judgments.jsonl: line 1: criteria_met: missing (expected true or false)",
        "not JSON | {\"prompt_id\": | judgments.jsonl: line 1: not JSON: the text ends before the JSON does (a closing } or ] or \" is missing)",
    })
    void a_bad_judgment_is_named_with_its_line_and_field(String name, String judgment, String message) throws IOException {
        assertEquals("invalid input: " + message, grade(RECORD, judgment));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a second judgment of a criterion | 1 | judgments.jsonl: line 2: criterion_index: a second judgment of criterion 1 for p1 (the first is on line 1)",
    })
    void a_second_judgment_names_the_first(String name, int index, String message) throws IOException {
        String line = "{\"prompt_id\": \"p1\", \"criterion_index\": " + index + ", \"criteria_met\": false}\n";
        assertEquals("invalid input: " + message, grade(RECORD, line + line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a level above the maximum | {\"id\": \"r\", \"criterion\": \"a\", \"level\": 3} | judgments.jsonl: line 1: level: 3 is outside 0..2 (criterion a is essential, judged 0 to 2)",
        "a negative level | {\"id\": \"r\", \"criterion\": \"a\", \"level\": -1} | judgments.jsonl: line 1: level: -1 is outside 0..2 (criterion a is essential, judged 0 to 2)",
        "a native criterion that does not exist | {\"id\": \"r\", \"criterion\": \"b\", \"level\": 1} | judgments.jsonl: line 1: criterion: 'b' is not a criterion of rubric x",
    })
    void a_bad_tiered_judgment_is_named_with_its_line_and_field(String name, String judgment, String message) throws IOException {
        String rubric = TIERED + "[{\"id\": \"a\", \"text\": \"t\", \"tier\": \"essential\", \"tags\": []}]}";
        assertEquals("invalid input: " + message, grade(rubric, judgment));
    }

    @Test
    void a_judgment_naming_another_rubric_than_its_response_is_refused() throws IOException {
        Path rubrics = Files.createDirectory(dir.resolve("rubrics"));
        String criteria = "[{\"id\": \"a\", \"text\": \"t\", \"points\": 1, \"tags\": []}]}";
        Files.writeString(rubrics.resolve("x.json"), HEAD + criteria);
        Files.writeString(rubrics.resolve("y.json"), HEAD.replace("\"x\"", "\"y\"") + criteria);
        Path responses = dir.resolve("responses.jsonl");
        Files.writeString(responses, "{\"id\": \"r\", \"rubric\": \"x\", \"response\": \"an answer\"}\n");
        Path judgments = dir.resolve("judgments.jsonl");
        Files.writeString(judgments, "{\"id\": \"r\", \"rubric\": \"y\", \"criterion\": \"a\", \"met\": true}\n");
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", rubrics.toString(), "--responses", responses.toString(),
                "--judgments", judgments.toString(), "--judge", "j", "--out", dir.resolve("v.jsonl").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("invalid input: " + judgments + ": line 1: rubric: 'y', but response 'r' answers rubric 'x' (its"
                + " line in --responses says so)", run.err().strip());
    }
}
