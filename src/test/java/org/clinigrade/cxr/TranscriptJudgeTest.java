package org.clinigrade.cxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clinigrade.cxr.TranscriptJudge.Judged;
import org.clinigrade.cxr.TranscriptJudge.Stage;
import org.junit.jupiter.api.Test;

class TranscriptJudgeTest {

    private static final String INIT = "Does this patient have cardiomegaly?\n(a) Yes\n(b) No\n(c) I don't know";
    private static final String CRITERIA = "Which criterion?\n(a) Cardiothoracic ratio\n(b) Carina angle\n"
            + "(c) None of the above";
    private static final String IMAGES = "Which images?\n(a) 1st image\n(b) 2nd image\n(c) 3rd image\n"
            + "(d) None of the above";

    private static int score(Stage stage, String query, String response, String answer) {
        return TranscriptJudge.judge(stage, query, response, answer).score();
    }

    @Test
    void init_right_wrong_and_i_dont_know() {
        assertEquals(1, score(Stage.INIT, INIT, "FINAL ANSWER: (a) Yes\nThe heart is wide.", "(a) Yes"));
        assertEquals(0, score(Stage.INIT, INIT, "FINAL ANSWER: (b) No", "(a) Yes"));
        assertEquals(-1, score(Stage.INIT, INIT, "FINAL ANSWER: (c) I don't know", "(a) Yes"));
        assertEquals(-1, score(Stage.INIT, INIT, "FINAL ANSWER: I don't know", "(b) No"));
    }

    @Test
    void the_letter_may_be_bare_or_missing_when_the_option_text_is_given() {
        assertEquals(1, score(Stage.INIT, INIT, "**FINAL ANSWER:** B) No", "(b) No"));
        assertEquals(1, score(Stage.INIT, INIT, "final answer: No, the heart is normal", "(b) No"));
    }

    @Test
    void criterion_none_of_the_above_is_minus_two() {
        assertEquals(-2, score(Stage.CRITERIA, CRITERIA, "FINAL ANSWER: (c) None of the above", "(a) Cardiothoracic ratio"));
        assertEquals(0, score(Stage.CRITERIA, CRITERIA, "FINAL ANSWER: (b) Carina angle", "(a) Cardiothoracic ratio"));
        assertEquals(1, score(Stage.CRITERIA, CRITERIA, "FINAL ANSWER: (a) Cardiothoracic ratio", "(a) Cardiothoracic ratio"));
    }

    @Test
    void refined_criterion_other_than_yes_is_declined() {
        String query = "Can you apply it?\n(a) Yes\n(b) No";
        assertEquals(1, score(Stage.CUSTOM_CRITERIA, query, "FINAL ANSWER: (a) Yes", "(a) Yes"));
        assertEquals(-1, score(Stage.CUSTOM_CRITERIA, query, "FINAL ANSWER: (b) No", "(a) Yes"));
        assertEquals(-1, score(Stage.CUSTOM_CRITERIA, query, "FINAL ANSWER: maybe", "(a) Yes"));
    }

    @Test
    void body_parts_must_be_exactly_the_set() {
        String answer = "(a) 1st image, (c) 3rd image";
        assertEquals(1, score(Stage.BODYPART, IMAGES, "FINAL ANSWER: (c) 3rd image, (a) 1st image", answer));
        Judged partial = TranscriptJudge.judge(Stage.BODYPART, IMAGES, "FINAL ANSWER: (a) 1st image", answer);
        assertEquals(0, partial.score());
        assertTrue(partial.reason().startsWith("partial: 1 of 2"), partial.reason());
        assertEquals(0, score(Stage.BODYPART, IMAGES, "FINAL ANSWER: (a), (b), (c)", answer));
        assertEquals(0, score(Stage.BODYPART, IMAGES, "FINAL ANSWER: (d) None of the above", answer));
    }

    @Test
    void final_takes_exactly_one_of_the_accepted_options() {
        String query = "Cardiomegaly?\n(a) Yes\n(b) No";
        assertEquals(1, score(Stage.FINAL, query, "FINAL ANSWER: (b) No", "(a) Yes, (b) No"));
        assertEquals(0, score(Stage.FINAL, query, "FINAL ANSWER: (a) Yes or (b) No", "(a) Yes, (b) No"));
        assertEquals(0, score(Stage.FINAL, query, "FINAL ANSWER: (b) No", "(a) Yes"));
    }

    @Test
    void no_final_answer_is_zero_with_the_reason() {
        Judged judged = TranscriptJudge.judge(Stage.MEASUREMENT, "Range?\n(a) 0.4 - 0.5", "It is about 0.45.", "(a) 0.4 - 0.5");
        assertEquals(new Judged(0, "no 'FINAL ANSWER' in the response"), judged);
    }

    @Test
    void a_round_whose_answer_is_need_new_options_asks_for_another() {
        String query = "Which criterion?\n(a) Carina angle\n(b) Need new options";
        assertTrue(TranscriptJudge.asksNewOptions(query, "(b) Need new options"));
        assertFalse(TranscriptJudge.asksNewOptions(query, "(a) Carina angle"));
    }

    @Test
    void the_value_is_the_one_number_of_the_final_response_within_the_range() {
        assertTrue(StageValue.check(false, "FINAL ANSWER: (a) Yes\nValue: 0.53", "(b) 0.52 - 0.54").inRange());
        assertTrue(StageValue.check(false, "FINAL ANSWER: (a) Yes\nValue: 0.52", "(b) 0.52 - 0.54").inRange());
        assertFalse(StageValue.check(false, "FINAL ANSWER: (a) Yes\nValue: 0.55", "(b) 0.52 - 0.54").inRange());
        // two different numbers, as metric.py: not read as a value
        assertFalse(StageValue.check(false, "FINAL ANSWER: (a) Yes. CTR 0.53 over 0.5", "(b) 0.52 - 0.54").inRange());
        // a range the model writes is removed first
        assertTrue(StageValue.check(false, "Value: 0.53 (range 0.52 - 0.54)", "(b) 0.52 - 0.54").inRange());
    }

    @Test
    void a_bound_in_exponent_form_is_one_number() {
        // metric.py reads 5e-05 as 5 and -05; here it is 0.00005
        assertTrue(StageValue.check(false, "Value: 0.0001", "(a) 5e-05 - 0.00015").inRange());
        assertFalse(StageValue.check(false, "Value: 0.0002", "(a) 5e-05 - 0.00015").inRange());
    }

    @Test
    void projection_reports_right_then_left() {
        String answer = "(a) Right: [0.25, 0.35], (c) Left: [0.45, 0.55]";
        assertTrue(StageValue.check(true, "VALUE: Right - 0.3, Left - 0.5", answer).inRange());
        assertFalse(StageValue.check(true, "VALUE: Right - 0.3, Left - 0.6", answer).inRange());
        assertFalse(StageValue.check(true, "VALUE: 0.3", answer).inRange());
    }
}
