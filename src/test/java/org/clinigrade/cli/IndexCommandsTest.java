package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** calc, describe, list and chexstruct on the chest X-ray indices, as a user runs them. */
class IndexCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path row(Path folder, String json) throws IOException {
        return Files.writeString(folder.resolve("row.json"), json);
    }

    @Test
    void calc_on_an_index_gives_the_label_the_decision_and_the_answers_accepted(@TempDir Path folder) throws IOException {
        Path input = row(folder, "{\"viewposition\": \"PA\", \"heart_xmin\": 100, \"heart_xmax\": 199,"
                + " \"lung_xmin\": 0, \"lung_xmax\": 200}");
        CliRun run = CliRun.of("calc", "cardiomegaly", "--input", input.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(0.5, json.get("value").doubleValue());
        assertEquals(1, json.get("label").intValue());
        assertEquals("yes", json.get("decision").stringValue());
        assertEquals("[\"yes\",\"no\"]", json.get("accepted_answers").toString());
        assertEquals(false, json.get("excluded").booleanValue());
        assertTrue(run.out().contains("\"kind\":\"threshold\""), run.out());
    }

    @Test
    void an_excluded_case_is_exit_0_with_excluded_true_and_its_reason(@TempDir Path folder) throws IOException {
        Path input = row(folder, "{\"viewposition\": \"N/A\", \"heart_xmin\": 0, \"heart_xmax\": 120, \"lung_xmin\": 0,"
                + " \"lung_xmax\": 200}");
        CliRun run = CliRun.of("calc", "cardiomegaly", "--input", input.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertTrue(json.get("excluded").booleanValue());
        assertTrue(json.get("label").isNull());
        assertTrue(json.get("decision").isNull());
        assertEquals(0, json.get("accepted_answers").size());
        assertEquals("view 'N/A': CheXStruct labels PA and AP views only (its label is N/A)", json.get("reason").stringValue());
    }

    @Test
    void mediastinal_widening_warns_that_the_question_says_028(@TempDir Path folder) throws IOException {
        Path input = row(folder, "{\"viewposition\": \"PA\", \"mediastinum_xmin\": 0, \"mediastinum_xmax\": 52,"
                + " \"lung_xmin\": 0, \"lung_xmax\": 200}");
        CliRun run = CliRun.of("calc", "mediastinal_widening", "--input", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("warning: CXReasonBench's question text gives a PA threshold of 0.28, but its labels"
                + " (CheXStruct) use 0.25"), run.out());
    }

    @Test
    void bad_input_is_exit_2_and_one_line_naming_the_column(@TempDir Path folder) throws IOException {
        Path input = row(folder, "{\"point_1\": [1, 2], \"point_2\": \"[3]\", \"point_3\": [5, 6]}");
        CliRun run = CliRun.of("calc", "carina_angle", "--input", input.toString(), "--json");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("invalid input: point_2: \"[3]\" is not a point [x, y] of two whole numbers of 0 or more\n", run.err());
    }

    @Test
    void describe_and_list_show_the_indices() {
        CliRun describe = CliRun.of("describe", "cardiomegaly");
        assertEquals(0, describe.exitCode(), describe.err());
        assertTrue(describe.out().contains("Thresholds: PA 0.5, AP 0.55"), describe.out());
        CliRun list = CliRun.of("list");
        assertTrue(list.out().contains("CHEST X-RAY INDICES"), list.out());
        assertTrue(list.out().contains("trachea_deviation"), list.out());
        CliRun unknown = CliRun.of("calc", "no-such-thing", "--input", "x.json");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("invalid input: calculator: 'no-such-thing' is not a calculator id"), unknown.err());
    }

    @Test
    void chexstruct_check_passes_on_the_samples_and_fails_on_a_changed_label(@TempDir Path folder) throws IOException {
        CliRun samples = CliRun.of("chexstruct", "--data", "testcases/chexstruct", "--check");
        assertEquals(0, samples.exitCode(), samples.out() + samples.err());
        Files.writeString(folder.resolve("inspiration.csv"), "image_file,viewposition,rib_position,label\nimg-1,PA,8,0\n");
        Path report = folder.resolve("report.json");
        CliRun changed = CliRun.of("chexstruct", "--data", folder.toString(), "--check", "--json", report.toString());
        assertEquals(1, changed.exitCode(), changed.out());
        assertTrue(changed.out().contains("disagree: inspiration.csv line 2 (img-1): label 0 in the file, 1 computed"),
                changed.out());
        assertEquals(1, JSON.readTree(report.toFile()).get("disagree").intValue());
        CliRun notFolder = CliRun.of("chexstruct", "--data", folder.resolve("none").toString());
        assertEquals(2, notFolder.exitCode());
        assertTrue(notFolder.err().startsWith("invalid input: --data: "), notFolder.err());
    }
}
