package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.WeeksAndDays;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    @Test
    void each_kind_of_answer_has_its_json() {
        assertEquals("50.21", ResultJson.value(new Answer.Number(50.21), 2).toString());
        assertEquals("4", ResultJson.value(new Answer.Number(4.0), 0).toString());
        assertEquals("\"05/04/2021\"", ResultJson.value(new Answer.Date(LocalDate.of(2021, 5, 4)), 0).toString());
        assertEquals("{\"weeks\":39,\"days\":2}", ResultJson.value(new WeeksAndDays(39, 2), 0).toString());
        assertEquals("\"Stage 2\"", ResultJson.value(new Answer.Category("Stage 2"), 0).toString());
    }
}
