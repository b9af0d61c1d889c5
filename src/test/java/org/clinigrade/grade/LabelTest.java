package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.WeeksAndDays;
import org.junit.jupiter.api.Test;

class LabelTest {

    private static Answer.Date date(int year, int month, int day) {
        return new Answer.Date(LocalDate.of(year, month, day));
    }

    @Test
    void a_number_is_accepted_within_the_limits_inclusive() {
        Label label = new Label("38", "36.1", "39.9");
        assertTrue(label.accepts(new Answer.Number(36.1)));
        assertTrue(label.accepts(new Answer.Number(39.9)));
        assertFalse(label.accepts(new Answer.Number(39.95)));
    }

    @Test
    void a_date_is_accepted_only_on_the_day_the_label_writes() {
        assertTrue(new Label("05/04/2021", "05/04/2021", "05/04/2021").accepts(date(2021, 5, 4)));
        assertTrue(new Label("2021-05-04", "2021-05-04", "2021-05-04").accepts(date(2021, 5, 4)));
        assertFalse(new Label("05/04/2021", "05/04/2021", "05/04/2021").accepts(date(2021, 4, 5)));
    }

    /** the label's date is read strictly: 02/30/2020 does not exist, so it is not taken as 02/29/2020 */
    @Test
    void a_label_with_a_date_that_does_not_exist_accepts_no_date() {
        assertFalse(new Label("02/30/2020", "02/30/2020", "02/30/2020").accepts(date(2020, 2, 29)));
    }

    @Test
    void weeks_and_days_compare_with_the_v1_tuple_or_the_corrected_total_of_days() {
        assertTrue(new Label("('39 weeks', '2 days')", "", "").accepts(new WeeksAndDays(39, 2)));
        assertFalse(new Label("('39 weeks', '2 days')", "", "").accepts(new WeeksAndDays(39, 3)));
        assertTrue(new Label("275", "275", "275").accepts(new WeeksAndDays(39, 2)));
    }

    @Test
    void a_computed_number_gets_five_percent_either_side_unless_it_is_a_score() {
        Label computed = Label.computed(new Answer.Number(100), 2);
        assertEquals(95.0, computed.lowerValue());
        assertEquals(105.0, computed.upperValue());
        Label score = Label.computed(new Answer.Number(4), 0);
        assertTrue(score.accepts(new Answer.Number(4)));
        assertFalse(score.accepts(new Answer.Number(5)));
    }

    @Test
    void a_category_is_accepted_by_its_name_regardless_of_case() {
        Label label = new Label("Stage 2", "Stage 2", "Stage 2");
        assertTrue(label.accepts(new Answer.Category("stage 2")));
        assertFalse(label.accepts(new Answer.Category("Stage 3")));
    }
}
