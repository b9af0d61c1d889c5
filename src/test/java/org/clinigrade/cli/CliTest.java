package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private Path input(String json) throws IOException {
        Path file = temp.resolve("entities.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void calc_json_is_one_object_with_the_documented_fields() throws IOException {
        Path file = input("{\"age\": [74, \"years\"], \"sex\": \"Male\", \"weight\": [176, \"lbs\"],"
                + " \"height\": [5, \"ft\", 9, \"in\"], \"creatinine\": [120, \"µmol/L\"]}");

        CliRun run = CliRun.of("calc", "2", "--input", file.toString(), "--json");

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode result = JSON.readTree(run.out());
        assertEquals("cockcroft-gault", result.get("calculator").stringValue());
        assertEquals(2, result.get("medcalc_id").intValue());
        assertEquals("mL/min", result.get("unit").stringValue());
        assertTrue(result.get("warnings").isArray());
        for (JsonNode step : result.get("steps")) {
            assertTrue(step.has("name") && step.has("detail") && step.has("value"), step.toString());
        }
    }

    @Test
    void cockcroft_gault_steps_show_conversions_bmi_weight_choice_and_clearance() throws IOException {
        // 74-year-old man, 176 lb, 5 ft 9 in, creatinine 120 µmol/L: BMI 25.99 → adjusted body weight
        Path file = input("{\"age\": [74, \"years\"], \"sex\": \"Male\", \"weight\": [176, \"lbs\"],"
                + " \"height\": [5, \"ft\", 9, \"in\"], \"creatinine\": [120, \"µmol/L\"]}");

        JsonNode result = JSON.readTree(CliRun.of("calc", "2", "--input", file.toString(), "--json").out());

        List<String> names = result.get("steps").valueStream().map(s -> s.get("name").stringValue()).toList();
        assertEquals(List.of("Convert Weight", "Convert Height", "Convert Serum creatinine", "Body mass index",
                "Ideal body weight (Devine)", "Overweight or obese (BMI ≥ 25): adjusted body weight",
                "Creatinine clearance"), names);
        // (140 − 74) × [70.7 + 0.4 × (79.832 − 70.7)] / (72 × 120/88.402) = 50.21 mL/min
        assertEquals(50.21, result.get("value").doubleValue(), 0.005);
    }

    @Test
    void calc_reads_medcalc_bench_entities_as_they_stand_in_its_csv() throws IOException {
        Path file = input("{'age': [72, 'years'], 'sex': 'Female', 'Stroke': True, 'Hypertension history': False}");

        CliRun run = CliRun.of("calc", "4", "--input", file.toString(), "--json");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(4, JSON.readTree(run.out()).get("value").intValue(), "age 65–74 (1) + female (1) + stroke (2)");
    }

    /** as typed, and after a UTF-8 byte-order mark, as editors on Windows save a file */
    @ParameterizedTest
    @ValueSource(strings = {"{\"weight\": [70, \"kg\"], \"height\": [1.75, \"m\"]}",
            "\uFEFF{\"weight\": [70, \"kg\"], \"height\": [1.75, \"m\"]}"})
    void calc_reads_standard_input(String entities) {
        var stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(entities.getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("calc", "bmi", "--input", "-", "--json");
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(22.857, JSON.readTree(run.out()).get("value").doubleValue(), 1e-9);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void calc_without_json_prints_the_steps_and_the_value() throws IOException {
        Path file = input("{\"Sodium\": [140, \"mEq/L\"], \"Chloride\": [100, \"mEq/L\"], \"Bicarbonate\": [24, \"mEq/L\"]}");

        CliRun run = CliRun.of("calc", "anion-gap", "--input", file.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Anion gap: AG = 140 − (100 + 24) = 16 mmol/L"), run.out());
        assertTrue(run.out().contains("= 16 mmol/L"), run.out());
    }

    @Test
    void calc_without_json_gives_the_value_to_the_calculators_decimals() throws IOException {
        // Bazett: RR = 60 / 150 = 0.4 s; QTc = 330 / √0.4 = 521.7758 → 521.776 ms at the calculator's 3 decimals
        Path file = input("{\"heart_rate\": 150, \"qt_interval\": [330, \"ms\"]}");

        CliRun run = CliRun.of("calc", "qtc-bazett", "--input", file.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\n= 521.776 ms"), run.out());
    }

    @Test
    void calc_reads_a_file_after_a_byte_order_mark() throws IOException {
        Path file = input("\uFEFF{\"weight\": [70, \"kg\"], \"height\": [1.75, \"m\"]}");

        CliRun run = CliRun.of("calc", "bmi", "--input", file.toString(), "--json");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(22.857, JSON.readTree(run.out()).get("value").doubleValue(), 1e-9);
    }

    @Test
    void a_criterion_given_as_1_or_0_is_present_or_absent() throws IOException {
        // CHA2DS2-VASc: age 70 +1, female +1, hypertension (1) +1, diabetes (0) +0 = 3
        Path file = input("{\"age\": 70, \"sex\": \"Female\", \"hypertension\": 1, \"diabetes\": 0}");

        JsonNode result = JSON.readTree(CliRun.of("calc", "cha2ds2-vasc", "--input", file.toString(), "--json").out());

        assertEquals(3, result.get("value").intValue());
    }

    @Test
    void inches_of_a_foot_or_more_beside_feet_are_added_with_a_warning() throws IOException {
        Path file = input("{\"weight\": [70, \"kg\"], \"height\": [5, \"ft\", 20, \"in\"]}");

        JsonNode result = JSON.readTree(CliRun.of("calc", "bmi", "--input", file.toString(), "--json").out());

        // 5 ft + 20 in = 60 in + 20 in = 80 in = 203.2 cm
        assertEquals("height: 20 in beside 5 ft is 12 in or more; added as given: 203.2 cm",
                result.get("warnings").get(0).stringValue());
    }

    @Test
    void an_absurd_value_is_named_in_scientific_notation() throws IOException {
        Path file = input("{\"weight\": [1e308, \"kg\"], \"height\": [175, \"cm\"]}");

        CliRun run = CliRun.of("calc", "bmi", "--input", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("invalid input: weight: 1e308 kg is above the maximum 700 kg", run.err().strip());
    }

    @Test
    void unknown_entities_are_ignored_with_a_warning() throws IOException {
        Path file = input("{\"weight\": [70, \"kg\"], \"height\": [175, \"cm\"], \"Temperature\": [37, \"degrees celsius\"]}");

        JsonNode result = JSON.readTree(CliRun.of("calc", "bmi", "--input", file.toString(), "--json").out());

        assertEquals("ignored entity 'Temperature': not an input of bmi", result.get("warnings").get(0).stringValue());
    }

    @Test
    void list_json_gives_id_medcalc_id_title_and_category() {
        CliRun run = CliRun.of("list", "--json");

        JsonNode list = JSON.readTree(run.out());
        assertEquals(0, run.exitCode());
        assertTrue(list.size() >= 12);
        JsonNode first = list.get(0);
        assertEquals("cockcroft-gault", first.get("id").stringValue());
        assertEquals(2, first.get("medcalc_id").intValue());
        assertTrue(first.has("title") && first.has("category"));
    }

    @Test
    void the_readme_calculator_table_is_the_one_the_calculator_files_give() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        String table = CliRun.of("list", "--markdown").out();

        assertTrue(readme.contains(table), "README.md's calculator table is out of date: replace it with the output of"
                + " 'clinigrade list --markdown'");
    }

    @Test
    void describe_shows_inputs_with_units_and_references() {
        CliRun run = CliRun.of("describe", "2");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("creatinine — Serum creatinine: [value, \"unit\"] in mg/dL or µmol/L or mmol/L"), run.out());
        assertTrue(run.out().contains("doi:10.1159/000180580"), run.out());
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"list", "describe", "calc", "grade", "medcalc-bench", "serve"})
    void every_command_has_help_without_warnings(String command) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        CliRun run;
        try {
            // picocli reports a description it cannot format on System.err, not on the command's writer
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            run = CliRun.of(command, "--help");
        } finally {
            System.setErr(stderr);
        }

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: clinigrade " + command + " [-hV]"), run.out());
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}: the option that reads rules says they run code")
    @ValueSource(strings = {"list", "describe", "calc", "grade", "medcalc-bench", "serve"})
    void every_option_that_reads_rules_says_it_runs_code(String command) {
        CommandLine line = Clinigrade.commandLine(command).getSubcommands().get(command);

        List<String> readingRules = line.getCommandSpec().options().stream()
                .filter(option -> option.longestName().contains("rules"))
                .map(option -> option.longestName() + ": " + String.join(" ", option.description()))
                .toList();

        assertFalse(readingRules.isEmpty(), command + " has a rules option");
        readingRules.forEach(help -> assertTrue(help.contains("runs code, trusted sources only"), help));
    }

    @Test
    void a_result_that_cannot_be_written_fails_the_command() {
        PrintWriter full = new PrintWriter(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }), true);
        full.println("50.21 mL/min");
        StringWriter err = new StringWriter();

        assertEquals(1, Clinigrade.written(full, new PrintWriter(err), 0));
        assertEquals(1, Clinigrade.written(full, new PrintWriter(err), 3), "lost verdicts outweigh invalid records");
        assertEquals(2, Clinigrade.written(full, new PrintWriter(err), 2));
        assertTrue(err.toString().startsWith("output error: standard output could not be written"), err.toString());
    }

    @Test
    void a_result_written_in_full_keeps_the_command_s_exit_code() {
        PrintWriter out = new PrintWriter(new PrintStream(new ByteArrayOutputStream()), true);
        out.println("50.21 mL/min");

        StringWriter err = new StringWriter();

        assertEquals(0, Clinigrade.written(out, new PrintWriter(err), 0));
        assertEquals("", err.toString());
    }

    @Test
    void the_conformance_report_to_a_folder_that_does_not_exist_is_refused_before_the_run(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder/conformance.json");

        CliRun run = CliRun.of("medcalc-bench", "--data", "testcases/medcalc-bench/sample/test_data.csv", "--json",
                missing.toString());

        assertEquals(2, run.exitCode());
        assertEquals("invalid input: --json: " + missing + ": no such folder " + missing.getParent(), run.err().strip());
        assertEquals("", run.out(), "no report printed");
    }

    @Test
    void help_lists_every_command_in_order() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        String commands = run.out().substring(run.out().indexOf("Commands:"));
        int last = -1;
        for (String command : List.of("list", "describe", "calc", "grade", "medcalc-bench", "serve", "help")) {
            int at = commands.indexOf("\n  " + command + " ");
            assertTrue(at > last, command + " listed in order: " + commands);
            last = at;
        }
    }

    @Test
    void an_oversize_input_is_refused() throws IOException {
        Path file = temp.resolve("big.json");
        Files.writeString(file, "{\"weight\": [70, \"kg\"], \"pad\": \"" + "x".repeat(EntitiesFile.MAX_BYTES) + "\"}");

        CliRun run = CliRun.of("calc", "bmi", "--input", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("invalid input: input: larger than 1 MiB (expected a JSON object of entities)", run.err().strip());
    }

    @Test
    void a_usage_mistake_is_one_line_with_where_to_look() {
        CliRun run = CliRun.of("calc", "bmi");

        assertEquals(2, run.exitCode());
        assertEquals("invalid usage: Missing required option: '--input=FILE' (see 'clinigrade calc --help')",
                run.err().strip());
    }

    @Test
    void medcalc_bench_check_fails_on_unexplained_disagreements() {
        String sample = "testcases/medcalc-bench/sample/";
        String[] args = {"medcalc-bench", "--data", sample + "test_data.csv", "--corrected", sample + "corrected.csv",
                "--errata", sample + "errata"};

        CliRun report = CliRun.of(args);
        CliRun check = CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--check"))
                .toArray(String[]::new));

        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(report.out().contains("unexplained: row 6 (anion-gap): ours 16.0, v1.0 16, corrected 12"), report.out());
        assertEquals(1, check.exitCode());
        assertEquals("conformance TARGETS NOT MET: 0 internal errors, 3 unexplained, corrected agreement on comparable rows 60.00%"
                + " (target 97.00%)", check.err().strip());
    }

    @Test
    void medcalc_bench_without_its_data_is_invalid_input() {
        CliRun run = CliRun.of("medcalc-bench", "--data", temp.resolve("none.csv").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("invalid input: "), run.err());
        assertTrue(run.err().contains("none.csv: no such file"), run.err());
    }

    @Test
    void a_missing_input_file_is_invalid_input() {
        CliRun run = CliRun.of("calc", "bmi", "--input", temp.resolve("nope.json").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("invalid input: input: no such file"), run.err());
    }
}
