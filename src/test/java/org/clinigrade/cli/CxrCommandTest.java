package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CxrCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path CASES = Path.of("testcases/cxr");

    @TempDir
    Path temp;

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }

    private static List<JsonNode> scoresOnly(List<JsonNode> verdicts) {
        return verdicts.stream().map(v -> (JsonNode) ((ObjectNode) v.deepCopy()).without("reasons")).toList();
    }

    @Test
    void metrics_prints_what_metric_py_prints_for_the_worked_cases() {
        CliRun run = CliRun.of("cxr", "metrics", "--scores", CASES.resolve("scores-worked.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Path1\nCompletion_score: 28.52\nCompletion_refined: 20.54\nDepth_score: 2.24\n"
                + "Depth_refined: 2.02\nConsistency_score: 36.11\nAlignment_score: 35.91\nAlignment_refined: 25.22\n"),
                run.out());
    }

    @Test
    void grade_judges_each_hand_built_case_as_worked_out() throws IOException {
        Path verdicts = temp.resolve("verdicts.jsonl");
        Path summary = temp.resolve("summary.json");
        Path html = temp.resolve("report.html");
        CliRun run = CliRun.of("cxr", "grade", "--outputs", CASES.resolve("outputs").toString(), "--out",
                verdicts.toString(), "--summary", summary.toString(), "--html", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> judged = lines(verdicts);
        assertEquals(lines(CASES.resolve("outputs-expected.jsonl")), scoresOnly(judged));
        JsonNode noFinalAnswer = judged.get(6).get("reasons").get("criteria_0");
        assertEquals("no 'FINAL ANSWER' in the response", noFinalAnswer.stringValue());
        assertTrue(Files.readString(html).contains("Completion per task"));
        // the verdicts are scores 'cxr metrics' reads, and give the same summary
        Path again = temp.resolve("again.json");
        assertEquals(0, CliRun.of("cxr", "metrics", "--scores", verdicts.toString(), "--summary", again.toString())
                .exitCode());
        assertEquals(JSON.readTree(summary.toFile()), JSON.readTree(again.toFile()));
    }

    @Test
    void grade_reads_json_lines_naming_the_task_as_it_reads_the_folder() throws IOException {
        Path verdicts = temp.resolve("verdicts.jsonl");
        CliRun run = CliRun.of("cxr", "grade", "--outputs", CASES.resolve("outputs.jsonl").toString(), "--out",
                verdicts.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> expected = lines(CASES.resolve("outputs-expected.jsonl"));
        List<JsonNode> judged = scoresOnly(lines(verdicts));
        assertEquals(expected.size(), judged.size());
        assertTrue(judged.containsAll(expected));
    }

    @Test
    void a_round_after_need_new_options_missing_from_the_file_fails_the_stage() throws IOException {
        String line = "{\"task\": \"rotation\", \"stage-init\": {\"query\": \"Rotated?\\n(a) Yes\\n(b) No\","
                + " \"response\": \"FINAL ANSWER: (a)\", \"answer\": \"(a) Yes\"}, \"stage-criteria_0\": {\"query\":"
                + " \"Criterion?\\n(a) Carina angle\\n(b) Need new options\", \"response\": \"FINAL ANSWER: (b)\","
                + " \"answer\": \"(b) Need new options\"}}";
        Path file = temp.resolve("outputs.jsonl");
        Files.writeString(file, line + "\n");
        CliRun run = CliRun.of("cxr", "grade", "--outputs", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode verdict = JSON.readTree(run.out());
        assertEquals("[1,0]", verdict.get("criteria").toString());
    }

    static Stream<Arguments> badInputs() {
        return Stream.concat(badScores().map(a -> Arguments.of(prepend("metrics", "--scores", a.get()))),
                badOutputs().map(a -> Arguments.of(prepend("grade", "--outputs", a.get()))));
    }

    private static Object[] prepend(String command, String option, Object[] row) {
        return new Object[] {command, option, row[0], row[1], row[2]};
    }

    static Stream<Arguments> badScores() {
        return Stream.of(
                Arguments.of("not JSON", "{\"task\": \"rotation\", \"init\": ", ":1: not JSON"),
                Arguments.of("not an object", "[1, 0]", ":1: not a JSON object"),
                Arguments.of("missing task", "{\"init\": 1}", ":1: task: missing"),
                Arguments.of("unknown task", "{\"task\": \"pneumonia\", \"init\": 1}",
                        ":1: task: 'pneumonia' is not a CXReasonBench task"),
                Arguments.of("init outside its values", "{\"task\": \"rotation\", \"init\": 2}",
                        ":1: init: 2 is not a score of this stage (expected 1, 0 or -1"),
                Arguments.of("criteria outside its values", "{\"task\": \"rotation\", \"init\": 1, \"criteria\": -1}",
                        ":1: criteria: -1 is not a score of this stage (expected 1, 0 or -2"),
                Arguments.of("a round outside its values", "{\"task\": \"rotation\", \"init\": 1, \"criteria\": [1, 0.5]}",
                        ":1: criteria[1]: 0.5 is not a score of this stage"),
                Arguments.of("final outside its values", "{\"task\": \"rotation\", \"init\": 1, \"criteria\": 1,"
                        + " \"bodypart\": 1, \"measurement\": 1, \"final\": -1}", ":1: final: -1 is not a score"),
                Arguments.of("missing init", "{\"task\": \"rotation\"}", ":1: init: missing"),
                Arguments.of("custom criteria of a task without one", "{\"task\": \"rotation\", \"init\": 1,"
                        + " \"criteria\": 1, \"custom_criteria\": 1}", ":1: custom_criteria: rotation has no refined"),
                Arguments.of("a stage after the path stopped", "{\"task\": \"rotation\", \"init\": 1, \"criteria\": 0,"
                        + " \"bodypart\": 1}", ":1: bodypart: given, but the path stops before it"),
                Arguments.of("value in range of a perception task", "{\"task\": \"inclusion\", \"init\": 1,"
                        + " \"value_in_range\": true}", ":1: value_in_range: inclusion reports no value"));
    }

    static Stream<Arguments> badOutputs() {
        String init = "\"stage-init\": {\"query\": \"Rotated?\\n(a) Yes\\n(b) No\", \"response\": \"FINAL ANSWER: (a)\","
                + " \"answer\": \"(a) Yes\"}";
        return Stream.of(
                Arguments.of("not JSON", "{\"task\": ", ":1: not JSON"),
                Arguments.of("missing task", "{" + init + "}", ":1: task: missing"),
                Arguments.of("unknown task", "{\"task\": \"pneumonia\", " + init + "}", ":1: task: 'pneumonia' is not"),
                Arguments.of("no initial stage", "{\"task\": \"rotation\"}", ":1: stage-init: missing"),
                Arguments.of("a stage without its answer", "{\"task\": \"rotation\", \"stage-init\": {\"query\": \"q\","
                        + " \"response\": \"FINAL ANSWER: (a)\"}}", ":1: stage-init.answer: missing"));
    }

    @ParameterizedTest(name = "{0}: {2} is exit 2 with one line naming the line and field")
    @MethodSource("badInputs")
    void bad_input_is_one_line_naming_the_line_and_the_field(String command, String option, String kind, String line,
            String message) throws IOException {
        Path file = temp.resolve("input.jsonl");
        Files.writeString(file, line + "\n");
        CliRun run = CliRun.of("cxr", command, option, file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("invalid input: " + file + message), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void a_folder_names_the_task_of_its_cases() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("gpt-4.1/pneumonia"));
        Files.writeString(folder.resolve("d1.json"), "{\"dicom\": \"d1\"}");
        CliRun run = CliRun.of("cxr", "grade", "--outputs", temp.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("invalid input: " + folder.resolve("d1.json") + ": task: 'pneumonia' is not"),
                run.err());
    }

    @Test
    void an_empty_scores_file_has_no_cases() throws IOException {
        Path file = Files.writeString(temp.resolve("empty.jsonl"), "\n");
        CliRun run = CliRun.of("cxr", "metrics", "--scores", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("invalid input: --scores: " + file + " has no cases (one JSON object a line)\n", run.err());
    }
}
