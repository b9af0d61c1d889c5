package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.clinigrade.engine.facts.Quantity;
import org.junit.jupiter.api.Test;

class AnswerTest {

    private static final Answer NUMBER = new Answer.Number(50.21);
    private static final Answer DATE = new Answer.Date(LocalDate.of(2021, 5, 4));
    private static final Answer DURATION = new WeeksAndDays(39, 2);
    private static final Answer CATEGORY = new Answer.Category("Stage 2");

    @Test
    void each_kind_is_written_as_verdicts_write_it() {
        assertEquals(List.of("50.21", "05/04/2021", "(39 weeks, 2 days)", "Stage 2"),
                List.of(NUMBER.text(), DATE.text(), DURATION.text(), CATEGORY.text()));
    }

    @Test
    void answers_of_one_kind_are_as_far_apart_as_their_values() {
        assertEquals(0.21, NUMBER.distance(new Answer.Number(50)), 1e-9);
        assertEquals(3, DATE.distance(new Answer.Date(LocalDate.of(2021, 5, 1))));
        assertEquals(9, DURATION.distance(new WeeksAndDays(38, 0)));
        assertEquals(0, CATEGORY.distance(new Answer.Category("stage 2")));
        assertEquals(1, CATEGORY.distance(new Answer.Category("Stage 3")));
    }

    @Test
    void answers_of_different_kinds_are_infinitely_far_apart() {
        for (Answer a : List.of(NUMBER, DATE, DURATION, CATEGORY)) {
            for (Answer b : List.of(NUMBER, DATE, DURATION, CATEGORY)) {
                if (a.getClass() != b.getClass()) {
                    assertEquals(Double.POSITIVE_INFINITY, a.distance(b), a + " and " + b);
                }
            }
        }
    }

    @Test
    void a_rule_can_answer_with_a_category() {
        String drl = """
                package clinigrade.test.stage;
                import org.clinigrade.engine.facts.Quantity;
                global org.clinigrade.engine.Calculation result;
                rule "Stage 2 (BMI 35 or more)"
                when
                    Quantity(name == "bmi", value >= 35)
                then
                    result.answer(drools, "Stage 2", "BMI ≥ 35");
                end
                """;
        Calculation calculation = new Calculation();
        RuleSet.compile(List.of(new RuleSource("stage.drl", "stage.drl", drl, Trust.BUNDLED))).run(List.of(new Quantity("bmi", 36)), calculation);
        assertEquals(new Answer.Category("Stage 2"), calculation.answer());
        Step step = calculation.steps().get(0);
        assertEquals("Stage 2 (BMI 35 or more)", step.name());
        assertEquals(Step.Kind.ANSWER, step.kind());
        assertNull(step.value());
    }
}
