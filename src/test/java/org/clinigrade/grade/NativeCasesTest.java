package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.lines.GradeRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-built native records, one per error type and one per kind of broken line, graded against the verdicts
 * worked out by hand in {@code testcases/grading/native-expected.json}.
 */
class NativeCasesTest {

    private static final Path RECORDS = Path.of("testcases/grading/native-records.jsonl");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static List<JsonNode> verdicts;
    private static GradeSummary summary;

    @BeforeAll
    static void grade() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = run().run(RECORDS, out, 1, graded -> { }).summary();
        verdicts = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            verdicts.add(JSON.readTree(line));
        }
    }

    static GradeRun<ModelOutput, GradeSummary> run() {
        return new GradeRun<>(new CalculatorGrading(new NativeFormat(), new Grader(null, false), true, null,
                CalculatorCatalog.bundled()));
    }

    static Stream<Arguments> expectations() throws IOException {
        JsonNode expected = JSON.readTree(Path.of("testcases/grading/native-expected.json").toFile()).get("verdicts");
        return IntStream.range(0, expected.size()).mapToObj(i -> Arguments.of(i + 1, expected.get(i)));
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("expectations")
    void verdict_matches_the_hand_worked_one(int line, JsonNode expected) {
        JsonNode verdict = verdicts.get(line - 1);
        assertEquals(expected.get("id").stringValue(), verdict.get("id").stringValue());
        assertEquals(expected.get("error_type").stringValue(), verdict.get("error_type").stringValue(), verdict.toString());
        assertEquals(expected.get("correct").booleanValue(), verdict.get("correct").booleanValue());
        String reason = verdict.path("evidence").path("reason").asString("");
        assertTrue(reason.contains(expected.path("reason_contains").asString("")), reason);
    }

    @Test
    void one_verdict_per_input_line_in_order() throws IOException {
        long lines = Files.readAllLines(RECORDS).size();
        assertEquals(lines, verdicts.size());
        assertEquals(lines, summary.records());
        assertEquals(7, summary.invalidRecords());
    }

    @Test
    void a_verdict_says_its_label_was_computed_from_the_record_s_own_entities() {
        assertEquals("computed", verdicts.get(0).get("evidence").get("expected").get("labels").stringValue());
    }

    @Test
    void extraction_error_names_the_entity_and_the_implied_answer() {
        JsonNode evidence = verdicts.get(1).get("evidence");
        assertEquals(44.333, evidence.get("implied_answer").doubleValue(), 1e-9);
        JsonNode creatinine = evidence.get("entities").get(4);
        assertEquals("creatinine", creatinine.get("input").stringValue());
        assertEquals("wrong_value", creatinine.get("status").stringValue());
        assertEquals("1.4 mg/dL", creatinine.get("expected").stringValue());
    }

    @Test
    void rule_error_points_at_the_first_step_that_parts() {
        JsonNode divergence = verdicts.get(3).get("evidence").get("steps").get("first_divergence");
        assertEquals("A: age 65–74 (+1)", divergence.get("step").stringValue());
        assertEquals(1, divergence.get("expected").doubleValue());
        assertEquals(2, divergence.get("got").doubleValue());
    }

    @Test
    void arithmetic_error_shows_the_slip() {
        JsonNode slip = verdicts.get(2).get("evidence").get("arithmetic_slips").get(0);
        assertEquals(40.3, slip.get("stated").doubleValue());
        assertEquals(38.0, slip.get("computed").doubleValue(), 1e-9);
    }
}
