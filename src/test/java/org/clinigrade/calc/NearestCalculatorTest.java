package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mistyped calculator id gets the ids it was probably meant to name. */
class NearestCalculatorTest {

    private static final CalculatorCatalog CATALOG = CalculatorCatalog.bundled();

    @Test
    void a_misspelt_word_of_an_id_finds_it() {
        assertEquals(List.of("cockcroft-gault"), CATALOG.nearest("cockroft"));
        assertEquals("did you mean cockcroft-gault? ", CATALOG.didYouMean("cockroft"));
    }

    @Test
    void a_whole_id_a_letter_off_finds_it_first() {
        assertEquals("curb-65", CATALOG.nearest("curb-56").get(0));
    }

    @Test
    void a_short_word_must_be_nearly_exact() {
        assertEquals(List.of("ldl-friedewald"), CATALOG.nearest("ldl"));
    }

    @Test
    void text_near_no_id_suggests_nothing() {
        assertEquals(List.of(), CATALOG.nearest("xyzzyq"));
        assertEquals("", CATALOG.didYouMean("no"));
    }

    @Test
    void require_says_what_was_probably_meant() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> CATALOG.require("cockroft", "see 'clinigrade list'"));
        assertEquals("calculator: 'cockroft' is not a calculator id or MedCalc-Bench ID (did you mean cockcroft-gault?"
                + " see 'clinigrade list')", e.getMessage());
    }
}
