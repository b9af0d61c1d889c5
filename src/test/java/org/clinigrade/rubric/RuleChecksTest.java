package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.engine.Step;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deterministic criteria decided by the rules made from a rubric, on responses whose verdicts are worked out by hand. */
class RuleChecksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_phrase_stated_meets_a_requirement_with_its_position() {
        RuleVerdict verdict = only(criterion("c1", 5, new Check.Mentions(List.of("apixaban", "warfarin"))),
                "Start Apixaban 5 mg twice daily.");

        assertEquals(true, verdict.met());
        assertEquals("'Apixaban' at 6", verdict.evidence());
    }

    @Test
    void the_first_phrase_stated_is_the_evidence_whichever_the_rubric_lists_first() {
        RuleVerdict verdict = only(criterion("c1", 5, new Check.Mentions(List.of("apixaban", "warfarin"))),
                "Warfarin or apixaban.");

        assertEquals("'Warfarin' at 0", verdict.evidence());
    }

    @Test
    void a_phrase_inside_a_negation_does_not_count_and_the_evidence_says_why() {
        RuleVerdict verdict = only(criterion("c2", -8, new Check.Mentions(List.of("aspirin"))),
                "Do not take aspirin for this. Rest.");

        assertEquals(false, verdict.met());
        assertEquals("not stated; 'aspirin' at 12, negated by 'Do not'", verdict.evidence());
    }

    @Test
    void a_negation_ends_at_the_sentence_and_at_but() {
        Criterion aspirin = criterion("c2", -8, new Check.Mentions(List.of("aspirin")));

        assertEquals(true, only(aspirin, "No fever. Take aspirin.").met());
        assertEquals(true, only(aspirin, "No ibuprofen but aspirin is fine.").met());
        assertEquals(true, only(aspirin, "Not only rest: aspirin too.").met(), "'not only' negates nothing");
        assertEquals(false, only(aspirin, "Aspirin is not recommended here.").met(), "a negation after the phrase");
        assertEquals(false, only(aspirin, "You should avoid taking any aspirin.").met());
    }

    @Test
    void a_phrase_is_matched_on_word_boundaries_only() {
        Criterion rest = criterion("c3", 2, new Check.Mentions(List.of("rest")));

        assertEquals(false, only(rest, "Arrest the bleeding; restore fluids.").met());
        assertEquals(true, only(rest, "REST, fluids.").met());
    }

    @Test
    void a_pattern_runs_on_re2j_and_gives_its_first_match() {
        RuleVerdict verdict = only(criterion("c4", 3, new Check.Pattern("(?i)call (911|999|112)")),
                "If it gets worse, call 999 or call 112.");

        assertEquals(true, verdict.met());
        assertEquals("'call 999' at 18", verdict.evidence());
    }

    @Test
    void a_catastrophic_backtracking_pattern_answers_at_once() {
        String response = "a".repeat(50_000) + "!";
        long start = System.nanoTime();
        RuleVerdict verdict = only(criterion("c5", 1, new Check.Pattern("(a+)+$")), response);

        assertEquals(false, verdict.met());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "RE2/J is linear in the response");
    }

    @Test
    void a_pattern_re2j_refuses_is_a_load_error_naming_the_criterion() {
        Rubric rubric = rubric(criterion("a", 1, new Check.Judge()), criterion("b", 1, new Check.Pattern("(?<=x)y")));

        String message = assertThrows(InvalidInputException.class, () -> new RuleChecks(rubric)).getMessage();
        assertTrue(message.startsWith("test.json: /criteria/1/check/regex: not a pattern RE2/J accepts"), message);
    }

    @Test
    void max_words_counts_words_between_white_space() {
        Criterion brief = criterion("c6", 2, new Check.MaxWords(5));

        assertEquals(true, only(brief, "One two three four five.").met());
        RuleVerdict tooLong = only(brief, "One two three four five six.");
        assertEquals(false, tooLong.met());
        assertEquals("6 words, limit 5", tooLong.evidence());
    }

    @Test
    void a_calculator_value_stated_within_its_tolerance_agrees() {
        // CHA2DS2-VASc for a 78-year-old woman with hypertension: age ≥ 75 (2) + female (1) + hypertension (1) = 4
        Criterion score = criterion("c7", 5, new Check.CalculatorValue("cha2ds2-vasc"));
        JsonNode woman = entities("{\"age\": [78, \"years\"], \"sex\": \"Female\", \"Hypertension history\": true}");

        RuleVerdict stated = only(score, "Her CHA2DS2-VASc score is 4, so anticoagulate.", woman);
        assertEquals(true, stated.met());
        assertEquals("states 4 at 26; cha2ds2-vasc gives 4", stated.evidence());
        assertEquals(false, only(score, "Her score is 3.", woman).met(), "a whole-number score must be exact");
    }

    @Test
    void a_decimal_value_agrees_within_five_percent_and_says_so_in_plain_numbers() {
        // BMI 70 kg / 1.70² m² = 24.221 kg/m²; 5% either side is 23.01 to 25.43, so 24 agrees and 26 does not
        Criterion bmi = criterion("c9", 2, new Check.CalculatorValue("bmi"));
        JsonNode case70 = entities("{\"weight\": [70, \"kg\"], \"height\": [170, \"cm\"]}");

        RuleVerdict stated = only(bmi, "Her BMI is about 24.", case70);
        assertEquals(true, stated.met());
        assertTrue(stated.evidence().startsWith("states 24 at 17; bmi gives 24.221 (agreeing from 23.0"), stated.evidence());
        assertTrue(!stated.evidence().matches(".*\\d{7,}.*"), "no long binary fractions: " + stated.evidence());
        assertEquals(false, only(bmi, "Her BMI is 26.", case70).met());
    }

    @Test
    void a_threshold_crossed_requires_the_phrase_and_shows_the_threshold_step() {
        Criterion discharge = new Criterion("c8", 0, "Does not discharge when CHA2DS2-VASc >= 2", -10, null, List.of(),
                true, new Check.CalculatorThreshold("cha2ds2-vasc", ">=", 2, List.of("no anticoagulation")));
        JsonNode woman = entities("{\"age\": [78, \"years\"], \"sex\": \"Female\", \"Hypertension history\": true}");
        RuleChecks checks = new RuleChecks(rubric(discharge));

        List<Step> steps = checks.trace("She needs no anticoagulation.", woman);
        assertEquals(Step.Kind.THRESHOLD, steps.get(0).kind());
        assertEquals(Step.Kind.RED_LINE, steps.get(1).kind());
        assertEquals(true, ((Step.Check) steps.get(1).outcome()).met());
        assertEquals(false, checks.check("Start apixaban.", woman).get(0).met());
        JsonNode young = entities("{\"age\": [40, \"years\"], \"sex\": \"Male\"}");
        RuleVerdict notCrossed = checks.check("She needs no anticoagulation.", young).get(0);
        assertEquals(false, notCrossed.met(), "a harm that does not apply is not done");
        assertEquals("does not apply: cha2ds2-vasc gives 0, not >= 2", notCrossed.evidence());
    }

    @Test
    void a_calculator_check_without_entities_is_undecided_and_says_why() {
        RuleChecks checks = new RuleChecks(rubric(criterion("c7", 5, new Check.CalculatorValue("cha2ds2-vasc"))));

        RuleVerdict verdict = checks.check("4", null).get(0);
        assertEquals(null, verdict.met(), "not decided, rather than not met");
        assertEquals("criterion 'c7' checks cha2ds2-vasc on the case's entities, and the response gives no"
                + " \"entities\" object", verdict.evidence());
    }

    @Test
    void an_unknown_calculator_is_a_load_error() {
        Rubric rubric = rubric(criterion("c7", 5, new Check.CalculatorValue("nope")));

        String message = assertThrows(InvalidInputException.class, () -> new RuleChecks(rubric)).getMessage();
        assertEquals("test.json: /criteria/0/check: no calculator 'nope' (see 'clinigrade list')", message);
    }

    @Test
    void hostile_text_arrives_in_the_rules_as_data() {
        String hostile = "\"); System.exit(1); //";
        Criterion criterion = new Criterion(hostile + " java.lang.Runtime", 0, hostile, 3, null, List.of(), false,
                new Check.Mentions(List.of(hostile, "${java.lang.Runtime.getRuntime()}", "\\u0022")));
        RuleChecks checks = new RuleChecks(rubric(criterion));

        RuleVerdict verdict = checks.check("text with \"); System.exit(1); // in it", null).get(0);
        assertEquals(true, verdict.met());
        assertEquals("'\"); System.exit(1); //' at 10", verdict.evidence());
        assertTrue(checks.drl().contains("\"\\\"); System.exit(1); // java.lang.Runtime: stated\""), checks.drl());
    }

    private static RuleVerdict only(Criterion criterion, String response) {
        return only(criterion, response, null);
    }

    private static RuleVerdict only(Criterion criterion, String response, JsonNode entities) {
        List<RuleVerdict> verdicts = new RuleChecks(rubric(criterion)).check(response, entities);
        assertEquals(1, verdicts.size(), verdicts.toString());
        assertEquals(criterion.id(), verdicts.get(0).criterionId());
        return verdicts.get(0);
    }

    static Criterion criterion(String id, int points, Check check) {
        return new Criterion(id, 0, "criterion " + id, points, null, List.of(), false, check);
    }

    static Rubric rubric(Criterion... criteria) {
        List<Criterion> indexed = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            Criterion c = criteria[i];
            indexed.add(new Criterion(c.id(), i, c.text(), c.points(), c.tier(), c.tags(), c.redLine(), c.check()));
        }
        return new Rubric("test", "Test", "", List.of(), new Scheme.HealthBench(), indexed, List.of(), "test.json", null);
    }

    private static JsonNode entities(String json) {
        return JSON.readTree(json);
    }
}
