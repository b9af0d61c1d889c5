package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.lines.GradeRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GradeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OUTPUTS = "testcases/grading/medcalc-outputs.jsonl";
    private static final String REFERENCE = "testcases/medcalc-bench/sample/test_data.csv";

    @Test
    void compat_mode_reproduces_the_files_own_verdicts(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--compat", "medcalc",
                "--out", dir.resolve("v.jsonl").toString(), "--summary", summary.toString());
        assertEquals(GradeRun.SOME_RECORDS_INVALID, run.exitCode(), "row 4 has no calculator: " + run.err());
        JsonNode json = JSON.readTree(summary.toFile());
        assertEquals(6, json.get("records").intValue());
        assertEquals(1, json.get("invalid_records").intValue());
        assertEquals(5, json.get("reference_result").get("agree").intValue());
        assertEquals("medcalc-compat", json.get("mode").stringValue());
        assertTrue(run.err().contains("graded 6 records: accuracy "), run.err());
        assertTrue(run.err().contains("% of 5 gradable (95% CI "), run.err());
        assertTrue(run.err().contains("), 1 invalid"), run.err());
    }

    @Test
    void many_records_naming_another_calculator_than_their_case_suggest_another_test_set(@TempDir Path dir)
            throws IOException {
        Path outputs = dir.resolve("outputs.jsonl");
        // rows 2, 5 and 7 of the sample are CHA2DS2-VASc, anion gap and due date, not BMI (calculator 6)
        Files.writeString(outputs, "{\"id\": \"2\", \"calculator\": \"6\", \"answer\": \"1\"}\n"
                + "{\"id\": \"5\", \"calculator\": \"6\", \"answer\": \"1\"}\n"
                + "{\"id\": \"7\", \"calculator\": \"6\", \"answer\": \"1\"}\n");
        Path summary = dir.resolve("summary.json");
        CliRun run = CliRun.of("grade", "--outputs", outputs.toString(), "--reference", REFERENCE,
                "--out", dir.resolve("v.jsonl").toString(), "--summary", summary.toString());

        assertEquals(3, JSON.readTree(summary.toFile()).get("calculator_mismatches").intValue());
        assertTrue(run.err().contains("warning: 3 records name a calculator other than their reference case's: the"
                + " file may belong to another version of the test set than --reference"), run.err());
    }

    @Test
    void clinigrade_mode_lists_where_it_differs_from_the_file_and_why(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        Path html = dir.resolve("report.html");
        CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--out", dir.resolve("v.jsonl").toString(),
                "--summary", summary.toString(), "--html", html.toString());
        JsonNode disagreements = JSON.readTree(summary.toFile()).get("reference_result").get("disagreements");
        assertEquals(1, disagreements.size());
        assertEquals("2", disagreements.get(0).get("id").stringValue());
        assertTrue(disagreements.get(0).get("reason").stringValue().contains("rounded half up to 3"));
        assertTrue(Files.readString(html).contains("<svg"));
        assertEquals(6, Files.readAllLines(dir.resolve("v.jsonl")).size());
    }

    @Test
    void corrected_labels_say_how_many_verdicts_change(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--corrected",
                "testcases/medcalc-bench/sample/corrected.csv", "--out", dir.resolve("v.jsonl").toString(),
                "--summary", summary.toString());
        JsonNode json = JSON.readTree(summary.toFile());
        assertEquals("corrected where available, else v1.0", json.get("labels").stringValue());
        JsonNode corrected = json.get("corrected");
        assertEquals(4, corrected.get("relabelled").intValue(), "rows 1, 2, 6 and 7; row 5's corrected label is N/A");
        assertEquals(2, corrected.get("verdicts_changed").intValue(),
                "row 2: 2.5 rounds to 3, v1.0 label 3, corrected 5; row 6: 16.5 within 15.2–16.8, not 11.4–12.6");
    }

    @Test
    void bad_options_are_one_line_errors_with_exit_code_2() {
        CliRun run = CliRun.of("grade", "--outputs", "no-such-file.jsonl");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no-such-file.jsonl: no such file"), run.err());
        CliRun compat = CliRun.of("grade", "--outputs", OUTPUTS, "--compat", "helm");
        assertEquals(2, compat.exitCode());
        assertTrue(compat.err().contains("--compat"), compat.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--threads | 0 | --threads: expected 1 to 256, got 0",
        "--format | xml | --format: 'xml' is not a format",
        "--corrected | testcases/medcalc-bench/sample/corrected.csv | --corrected: needs --reference",
    })
    void each_bad_option_names_itself(String option, String value, String message) {
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, option, value);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    void outputs_that_are_a_folder_are_named_as_such(@TempDir Path dir) {
        CliRun run = CliRun.of("grade", "--outputs", dir.toString());

        assertEquals(2, run.exitCode());
        assertEquals("invalid input: " + dir + ": is a directory, not a file", run.err().strip());
    }

    @Test
    void an_empty_outputs_file_is_a_one_line_error(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");

        CliRun run = CliRun.of("grade", "--outputs", empty.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--outputs: " + empty + " has no records to grade"), run.err());
    }

    @Test
    void a_file_that_is_not_json_lines_is_refused_before_any_line_is_graded(@TempDir Path dir) {
        CliRun run = CliRun.of("grade", "--outputs", REFERENCE, "--reference", REFERENCE, "--out",
                dir.resolve("v.jsonl").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--outputs: " + REFERENCE + " is not JSON Lines"), run.err());
        assertFalse(Files.exists(dir.resolve("v.jsonl")), "no verdicts written");
    }

    @ParameterizedTest(name = "{0} to a folder that does not exist, or to a folder")
    @ValueSource(strings = {"--out", "--summary", "--html"})
    void an_output_that_cannot_be_written_is_refused_before_any_work(String option, @TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder/file");
        CliRun toMissing = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, option, missing.toString());
        CliRun toFolder = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, option, dir.toString());

        assertEquals(2, toMissing.exitCode());
        assertEquals("invalid input: " + option + ": " + missing + ": no such folder " + missing.getParent(),
                toMissing.err().strip());
        assertEquals(2, toFolder.exitCode());
        assertEquals("invalid input: " + option + ": " + dir + " is a directory, not a file", toFolder.err().strip());
        assertEquals("", toMissing.out() + toFolder.out(), "no verdict written anywhere");
    }

    @Test
    void verdicts_that_cannot_be_written_are_an_error_naming_out() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "a device that is always full");
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--out", "/dev/full");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().strip().endsWith("invalid input: --out: /dev/full cannot be written: No space left on device"),
                run.err());
    }

    @Test
    void medcalc_bench_outputs_need_the_reference(@TempDir Path dir) {
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--out", dir.resolve("v.jsonl").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("invalid input: --reference: is required for MedCalc-Bench output files"),
                run.err());
    }

    @Test
    void a_reference_csv_without_rows_is_a_one_line_error(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("empty.csv"), "Row Number,Calculator ID\n");
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", csv.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("empty.csv: has no rows"), run.err());
    }

    @Test
    void a_reference_csv_with_an_unclosed_quote_is_a_one_line_error_naming_the_line(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("quote.csv"), "Row Number,Calculator ID\n1,2\n3,\"4\n");
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", csv.toString());
        assertEquals(2, run.exitCode());
        assertEquals("invalid input: " + csv + ": line 3: Missing closing quote for value", run.err().strip());
    }

    /** the calculators load on another thread while the CSV is read; what stops them is reported all the same */
    @Test
    void a_broken_calculator_file_stops_grading_with_its_name(@TempDir Path dir) throws IOException {
        Path calculators = Files.createDirectory(dir.resolve("calculators"));
        Files.writeString(calculators.resolve("broken.json"), "{\"id\": ");
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--calculators-dir",
                calculators.toString(), "--out", dir.resolve("v.jsonl").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.json"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void a_run_where_nothing_could_be_graded_says_so(@TempDir Path dir) throws IOException {
        Path outputs = Files.writeString(dir.resolve("outputs.jsonl"), "{\"Row Number\": 999, \"LLM Answer\": \"1\"}\nnot json\n");
        CliRun run = CliRun.of("grade", "--outputs", outputs.toString(), "--reference", REFERENCE, "--format", "medcalc",
                "--out", dir.resolve("v.jsonl").toString());
        assertEquals(GradeRun.SOME_RECORDS_INVALID, run.exitCode(), run.err());
        assertTrue(run.err().contains("graded 2 records: none could be graded, 2 invalid"), run.err());
        assertFalse(run.err().contains("NaN"), run.err());
    }

    /** one thread per processor unless told, and the same bytes as one thread */
    @Test
    void the_default_number_of_threads_writes_what_one_thread_writes(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one.jsonl");
        Path unset = dir.resolve("default.jsonl");
        CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--threads", "1", "--out", one.toString());
        CliRun run = CliRun.of("grade", "--outputs", OUTPUTS, "--reference", REFERENCE, "--out", unset.toString());
        assertEquals(GradeRun.SOME_RECORDS_INVALID, run.exitCode(), run.err());
        assertEquals(Files.readString(one), Files.readString(unset));
        assertEquals(6, Files.readAllLines(unset).size());
    }
}
