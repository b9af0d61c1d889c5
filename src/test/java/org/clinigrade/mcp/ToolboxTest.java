package org.clinigrade.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.JsonSchemas;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tools without any protocol: what each gives, and every way its arguments can be wrong. */
class ToolboxTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Toolbox TOOLS = Toolbox.of(CalculatorCatalog.bundled(), true);
    static final int CALCULATORS = CalculatorCatalog.bundled().all().size();
    /** the README's example: 74-year-old man, 176 lb, 5 ft 9 in, creatinine 120 µmol/L */
    static final String COCKCROFT_GAULT = "{\"age\": [74, \"years\"], \"sex\": \"Male\", \"weight\": [176, \"lbs\"], "
            + "\"height\": [5, \"ft\", 9, \"in\"], \"creatinine\": [120, \"µmol/L\"]}";

    static ToolResult call(String tool, String arguments) {
        ToolResult result = TOOLS.call(tool, JSON.readTree(arguments));
        if (!result.error()) {
            ToolSpec spec = TOOLS.specs().stream().filter(s -> s.name().equals(tool)).findFirst().orElseThrow();
            assertEquals(List.of(), JsonSchemas.compile(spec.outputSchema()).validate(result.structured()),
                    "the result conforms to the declared output schema");
        }
        return result;
    }

    @Test
    void offers_the_four_tools_then_one_per_calculator() {
        List<String> names = TOOLS.specs().stream().map(ToolSpec::name).toList();
        assertEquals(List.of("find_calculators", "describe_calculator", "calculate", "grade_answer", "find_rubrics",
                "score_rubric"), names.subList(0, 6));
        assertEquals(6 + CALCULATORS, names.size());
        assertTrue(names.contains("calculate_cockcroft_gault") && names.contains("calculate_cha2ds2_vasc"), names.toString());
        assertEquals(6, Toolbox.of(CalculatorCatalog.bundled(), false).specs().size());
    }

    @Test
    void calculate_gives_the_cockcroft_gault_example_with_its_steps() {
        ToolResult result = call("calculate", "{\"calculator\": \"2\", \"entities\": " + COCKCROFT_GAULT + "}");
        JsonNode json = result.structured();
        // (140 − 74) × 74.353 kg / (72 × 1.3574 mg/dL) = 50.21, worked out in the README
        assertEquals(50.21, json.get("value").doubleValue());
        assertEquals("mL/min", json.get("unit").stringValue());
        assertEquals("CrCl 30–59 mL/min", json.get("interpretation").stringValue());
        assertEquals("Convert Weight", json.get("steps").get(0).get("name").stringValue());
        assertEquals("answer", json.get("steps").get(json.get("steps").size() - 1).get("kind").stringValue());
        assertTrue(result.text().endsWith("= 50.21 mL/min  (CrCl 30–59 mL/min)"), result.text());
    }

    @Test
    void calculate_takes_a_medcalc_bench_id_as_a_number() {
        assertEquals(50.21, call("calculate", "{\"calculator\": 2, \"entities\": " + COCKCROFT_GAULT + "}")
                .structured().get("value").doubleValue());
    }

    @Test
    void a_per_calculator_tool_takes_the_entities_as_its_arguments() {
        assertEquals(50.21, call("calculate_cockcroft_gault", COCKCROFT_GAULT).structured().get("value").doubleValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown unit            | calculate | {"calculator": "bmi", "entities": {"weight": [70, "stone"], "height": [175, "cm"]}} | invalid input: weight: unit 'stone' unknown (expected kg, lb, g)
            missing entity          | calculate | {"calculator": "bmi", "entities": {"weight": [70, "kg"]}}                          | invalid input: height: missing (expected [value, "unit"] in cm or m or in or ft; MedCalc-Bench name 'height')
            entity of wrong type    | calculate | {"calculator": "bmi", "entities": {"weight": true, "height": [175, "cm"]}}         | invalid input: weight: expected a number or [value, "unit"], got true
            impossible value        | calculate | {"calculator": "bmi", "entities": {"weight": [-70, "kg"], "height": [175, "cm"]}}  | invalid input: weight: -70 kg must be greater than 0 kg
            bare creatinine         | calculate | {"calculator": "ckd-epi-2021", "entities": {"age": 50, "sex": "Female", "creatinine": 1.2}} | invalid input: creatinine: a bare number 1.2 does not say its unit: give [1.2, "mg/dL"], or [value, "unit"] in µmol/L or mmol/L
            nothing given           | calculate | {"calculator": "apache-ii", "entities": {}}                                         | invalid input: age: missing; temperature: missing; heart_rate: missing; respiratory_rate: missing; sodium: missing; potassium: missing; creatinine: missing; hematocrit: missing; wbc: missing; gcs: missing
            bare reference weight   | grade_answer | {"calculator": "bmi", "reference_entities": {"weight": 70, "height": [175, "cm"]}, "answer": "22"} | invalid input: reference_entities: weight: a bare number 70 does not say its unit: give [70, "kg"], or [value, "unit"] in lb or g
            entities not an object  | calculate | {"calculator": "bmi", "entities": "70 kg"}                                          | invalid input: entities: string found, object expected
            calculator of wrong type | calculate | {"calculator": true, "entities": {}}                                               | invalid input: calculator: boolean found, string or integer expected
            unknown calculator      | calculate | {"calculator": "renal-thing", "entities": {}}                                       | invalid input: calculator: 'renal-thing' is not a calculator id or MedCalc-Bench ID (find_calculators searches them by description)
            missing calculator      | describe_calculator | {}                                                                        | invalid input: calculator: missing (expected calculator id (e.g. 'cockcroft-gault') or MedCalc-Bench Calculator ID (e.g. 2))
            unknown argument        | calculate | {"calculator": "bmi", "entities": {}, "units": "SI"}                                | invalid input: units: property 'units' is not defined in the schema and the schema does not allow additional properties
            limit out of range      | find_calculators | {"query": "kidney", "limit": 0}                                              | invalid input: limit: must have a minimum value of 1
            empty query             | find_calculators | {"query": ""}                                                                 | invalid input: query: must be at least 1 characters long
            per-calculator tool     | calculate_bmi | {"weight": [70, "kg"], "height": "tall"}                                         | invalid input: height: expected a number or [value, "unit"], got "tall"
            bad reference entities  | grade_answer | {"calculator": "bmi", "reference_entities": {"weight": [70, "kg"]}, "answer": "22"}                | invalid input: reference_entities: height: missing (expected [value, "unit"] in cm or m or in or ft; MedCalc-Bench name 'height')
            answer of wrong type    | grade_answer | {"calculator": "bmi", "reference_entities": {"weight": [70, "kg"], "height": [175, "cm"]}, "answer": [22]}         | invalid input: answer: array found, string or number or object or null expected
            malformed step          | grade_answer | {"calculator": "bmi", "reference_entities": {"weight": [70, "kg"], "height": [175, "cm"]}, "answer": "22", "steps": [{"name": "BMI", "value": "22"}]} | invalid input: steps/0/value: string found, number or null expected
            unknown rubric          | score_rubric | {"rubric": "chest-pain", "response": "x"}                                   | invalid input: rubric: 'chest-pain' is not a shipped rubric (af-anticoagulation, chest-pain-heart, sore-throat-antibiotics; find_rubrics lists them), nor a rubric object
            verdict of no criterion | score_rubric | {"rubric": "chest-pain-heart", "response": "x", "verdicts": [{"criterion": "nope", "met": true}]} | invalid input: verdicts[0]: 'nope' is not a criterion of chest-pain-heart
            level above max         | score_rubric | {"rubric": "sore-throat-antibiotics", "response": "x", "verdicts": [{"criterion": "safety-net", "level": 3}]} | invalid input: verdicts[0].level: 3 is above the rubric's max_level 2
            inline rubric invalid   | score_rubric | {"rubric": {"id": "x", "title": "T", "scheme": "healthbench", "criteria": [{"id": "a", "text": "t", "points": 0, "tags": []}]}, "response": "x"} | invalid input: rubric: /criteria/0/points: must not be 0 (positive for a behaviour wanted, negative for a harm)
            inline hand-written rules | score_rubric | {"rubric": {"id": "x", "title": "T", "scheme": "healthbench", "criteria": [{"id": "a", "text": "t", "points": 1, "tags": [], "check": {"type": "rules"}}]}, "response": "x"} | invalid input: rubric: /criteria/0/check: a rubric given inline cannot be decided by hand-written rules (they run code); use a shipped rubric, or a file with --trusted on the command line
            """)
    void bad_arguments_give_an_error_result_naming_the_field(String name, String tool, String arguments, String message) {
        ToolResult result = call(tool, arguments);
        assertTrue(result.error());
        assertNull(result.structured(), "no structured content a client would check against the output schema");
        assertEquals(message, result.text());
    }

    @Test
    void an_unknown_tool_is_not_a_result_but_an_exception_that_names_the_tools() {
        UnknownToolException e = assertThrows(UnknownToolException.class, () -> TOOLS.call("calc", JSON.readTree("{}")));
        assertEquals("Unknown tool: 'calc' (tools include find_calculators, describe_calculator, calculate, grade_answer; "
                + (6 + CALCULATORS) + " in all, see tools/list)", e.getMessage());
        UnknownToolException few = assertThrows(UnknownToolException.class,
                () -> Toolbox.of(CalculatorCatalog.bundled(), false).call("calc", null));
        assertEquals("Unknown tool: 'calc' (tools: find_calculators, describe_calculator, calculate, grade_answer, find_rubrics,"
                + " score_rubric)", few.getMessage());
    }

    @Test
    void score_rubric_checks_the_deterministic_criteria_and_takes_the_judge_s_verdicts() {
        // HEART 4 (history 1, ECG 1, age 58: 1, two risk factors: 1, troponin 0); "go home" at HEART ≥ 4 crosses the
        // red line (−10), no troponin (0), no emergency care (0), the score not stated (0), no risk group named (0, the
        // hand-written rules); judged: explains (0), false reassurance (−5): (−10 − 5) / 18
        ToolResult result = call("score_rubric", """
                {"rubric": "chest-pain-heart", "response": "Your HEART score is 3: you can go home.",
                 "entities": {"age": [58, "years"], "history": "moderately suspicious",
                              "ecg": "non-specific repolarization disturbance", "hypertension": true, "smoking": true},
                 "verdicts": [{"criterion": "explains-risk-group", "met": false},
                              {"criterion": "false-reassurance", "met": true}]}""");
        assertEquals(-15.0 / 18, result.structured().get("score").doubleValue(), result.text());
        assertEquals("no risk group named (a HEART score of 4 is moderate risk)",
                result.structured().get("criteria").get(4).get("evidence").stringValue());
        assertEquals("discharge-at-moderate-risk", result.structured().get("red_lines").get(0).get("id").stringValue());
        JsonNode discharge = result.structured().get("criteria").get(1);
        assertEquals("rule", discharge.get("source").stringValue());
        assertEquals("'go home' at 31", discharge.get("evidence").stringValue());
    }

    @Test
    void score_rubric_without_every_verdict_names_what_is_missing() {
        ToolResult result = call("score_rubric", "{\"rubric\": \"chest-pain-heart\", \"response\": \"Call 999.\"}");
        assertTrue(result.structured().get("score").isNull());
        assertTrue(result.structured().get("missing").stringValue().startsWith("no verdict for criteria states-heart-score"),
                result.structured().toString());
    }

    @Test
    void find_rubrics_lists_the_shipped_rubrics_and_filters_by_words() {
        assertEquals(3, call("find_rubrics", "{}").structured().get("rubrics").size());
        JsonNode af = call("find_rubrics", "{\"query\": \"atrial fibrillation\"}").structured().get("rubrics");
        assertEquals(1, af.size());
        assertEquals("af-anticoagulation", af.get(0).get("id").stringValue());
        assertEquals("rule", af.get(0).get("criteria").get(0).get("decided_by").stringValue());
    }

    @Test
    void find_calculators_ranks_by_clinical_words_and_says_why() {
        ToolResult result = call("find_calculators", "{\"query\": \"stroke risk in AF\", \"limit\": 2}");
        JsonNode matches = result.structured().get("matches");
        assertEquals(2, matches.size());
        assertEquals("cha2ds2-vasc", matches.get(0).get("id").stringValue());
        assertTrue(matches.get(0).get("why").stringValue().contains("keyword \"AF stroke risk\""), matches.toString());
        assertTrue(result.text().startsWith("1. cha2ds2-vasc: CHA2DS2-VASc Score"), result.text());
    }

    @Test
    void find_calculators_puts_a_calculator_named_by_its_id_first() {
        JsonNode first = call("find_calculators", "{\"query\": \"2\"}").structured().get("matches").get(0);
        assertEquals("cockcroft-gault", first.get("id").stringValue());
        assertEquals("its id", first.get("why").stringValue());
    }

    @Test
    void find_calculators_says_so_when_nothing_matches() {
        ToolResult result = call("find_calculators", "{\"query\": \"xylophone quartet\"}");
        assertFalse(result.error());
        assertEquals(0, result.structured().get("matches").size());
        assertTrue(result.text().startsWith("No calculator matches 'xylophone quartet'"), result.text());
    }

    @Test
    void describe_calculator_gives_inputs_with_units_output_and_references() {
        JsonNode json = call("describe_calculator", "{\"calculator\": \"cockcroft-gault\"}").structured();
        JsonNode creatinine = json.get("input_schema").get("properties").get("creatinine");
        assertEquals("mg/dL", creatinine.get("x-unit").stringValue());
        assertEquals("[\"mg/dL\",\"µmol/L\",\"mmol/L\"]", creatinine.get("x-accepts").toString());
        assertEquals("[\"age\",\"sex\",\"weight\",\"height\",\"creatinine\"]", json.get("input_schema").get("required").toString());
        assertEquals("{\"type\":\"number\",\"unit\":\"mL/min\",\"decimals\":3}", json.get("output").toString());
        assertEquals("10.1159/000180580", json.get("references").get(0).get("doi").stringValue());
    }

    @Test
    void describe_calculator_offers_a_bare_number_only_where_the_unit_cannot_be_mistaken() {
        JsonNode properties = call("describe_calculator", "{\"calculator\": \"cockcroft-gault\"}").structured()
                .get("input_schema").get("properties");
        List<String> creatinineForms = properties.get("creatinine").get("anyOf").valueStream()
                .map(form -> form.get("type").stringValue()).toList();
        List<String> ageForms = properties.get("age").get("anyOf").valueStream()
                .map(form -> form.get("type").stringValue()).toList();
        assertEquals(List.of("array", "object"), creatinineForms);
        assertEquals(List.of("number", "array", "object"), ageForms);
        assertTrue(properties.get("creatinine").get("description").stringValue()
                .contains("(a bare number is refused: the unit must be given)"));
        assertTrue(properties.get("age").get("description").stringValue().contains("(a bare number is read in years)"));
    }

    @Test
    void grade_answer_finds_a_bare_model_creatinine_unreadable() {
        JsonNode verdict = call("grade_answer", "{\"calculator\": \"cockcroft-gault\", \"reference_entities\": "
                + COCKCROFT_GAULT + ", \"answer\": \"42.6\", \"model_entities\": "
                + COCKCROFT_GAULT.replace("[120, \"µmol/L\"]", "1.6") + "}").structured();
        JsonNode creatinine = verdict.get("evidence").get("entities").valueStream()
                .filter(entity -> entity.get("input").stringValue().equals("creatinine")).findFirst().orElseThrow();
        assertEquals("unreadable", creatinine.get("status").stringValue());
        assertTrue(creatinine.get("got").stringValue().startsWith("creatinine: a bare number 1.6 does not say its unit"),
                creatinine.toString());
    }

    @Test
    void grade_answer_accepts_an_answer_within_five_percent() {
        JsonNode verdict = call("grade_answer", "{\"calculator\": \"cockcroft-gault\", \"reference_entities\": "
                + COCKCROFT_GAULT + ", \"answer\": \"50.2 mL/min\"}").structured();
        assertTrue(verdict.get("correct").booleanValue());
        assertEquals("correct", verdict.get("error_type").stringValue());
    }

    @Test
    void grade_answer_attributes_a_wrong_answer_to_the_misread_entity() {
        // creatinine read as 1.6 mg/dL: (140 − 74) × 74.353 / (72 × 1.6) = 42.598
        ToolResult result = call("grade_answer", "{\"calculator\": \"cockcroft-gault\", \"id\": \"case-1\", "
                + "\"reference_entities\": " + COCKCROFT_GAULT + ", \"answer\": \"42.6\", \"model_entities\": "
                + COCKCROFT_GAULT.replace("[120, \"µmol/L\"]", "[1.6, \"mg/dL\"]") + "}");
        JsonNode verdict = result.structured();
        assertEquals("case-1", verdict.get("id").stringValue());
        assertEquals("extraction_error", verdict.get("error_type").stringValue());
        assertEquals(42.598, verdict.get("evidence").get("implied_answer").doubleValue());
        assertTrue(result.text().startsWith("incorrect: extraction_error. Answer read as 42.6; expected 50.21 "
                + "(accepted 47.7 to 52.72)."), result.text());
    }

    @Test
    void grade_answer_calls_no_answer_an_abstention() {
        JsonNode verdict = call("grade_answer", "{\"calculator\": 6, \"reference_entities\": {\"weight\": [70, \"kg\"], "
                + "\"height\": [175, \"cm\"]}, \"answer\": null}").structured();
        assertEquals("abstained", verdict.get("error_type").stringValue());
    }

    /** the engine loads in the background once; a rule it could not load is still reported by the call that needs it */
    @Test
    void warming_up_runs_once_and_leaves_errors_to_the_calls(@TempDir Path temp) throws Exception {
        Toolbox bundled = Toolbox.of(CalculatorCatalog.bundled(), false);
        Thread warming = bundled.warmUp();
        assertNull(bundled.warmUp(), "only the first call starts it");
        warming.join(60_000);
        ToolResult result = bundled.call("calculate", JSON.readTree("{\"calculator\": \"cockcroft-gault\", \"entities\": "
                + COCKCROFT_GAULT + "}"));
        assertEquals(50.21, result.structured().get("value").doubleValue());

        Toolbox broken = Toolbox.of(CalculatorCatalog.load(null, RuleLibrary.trusted(rulesThatDoNotCompile(temp))), false);
        broken.warmUp().join(60_000);
        ToolResult error = broken.call("calculate", JSON.readTree(
                "{\"calculator\": \"bmi\", \"entities\": {\"weight\": [70, \"kg\"], \"height\": [175, \"cm\"]}}"));
        assertTrue(error.error());
        assertTrue(error.text().startsWith("calculator error: ") && error.text().contains("bmi.drl"), error.text());
    }

    /** a copy of rules/ in which no calculator's rules compile */
    private static Path rulesThatDoNotCompile(Path temp) throws IOException {
        Path rules = Path.of("rules");
        Path copy = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(rules.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.getParent().getFileName().toString().equals("calculators")) {
                    Files.writeString(target, "this is not DRL");
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
