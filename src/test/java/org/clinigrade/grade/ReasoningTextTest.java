package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasoningTextTest {

    @Test
    void finds_arithmetic_claims_and_their_slips() {
        ReasoningText text = new ReasoningText("BMI is 67.2/(1.73*1.73) = 22.4. Then (140-83)*67.2 / (72*1.4) = 40.3 mL/min. "
                + "The weight/(1.73*1.73) = 22.4 form is skipped, as is the range 1.7-2.2 = 2 points.");
        List<ReasoningText.Claim> claims = text.claims();
        assertEquals(2, claims.size(), claims.toString());
        assertFalse(claims.get(0).slips());
        assertTrue(claims.get(1).slips());
        assertEquals(38.0, claims.get(1).computed(), 1e-9);
    }

    @Test
    void square_brackets_and_braces_group_like_parentheses() {
        // (140 − 45) × 48.714 × 0.85 / (72 × 0.7) = 3933.6555 / 50.4 = 78.0487: the written 64.078 is a slip
        ReasoningText text = new ReasoningText("CrCl = [(140-45)*48.714*0.85]/(72*0.7) = 64.078 mL/min; "
                + "and {2*[3+(4-1)]}/4 = 3, but [1+2)*3 = 9 is no expression.");
        List<ReasoningText.Claim> claims = text.claims();
        assertEquals(2, claims.size(), claims.toString());
        assertTrue(claims.get(0).slips());
        assertEquals(78.0487, claims.get(0).computed(), 1e-4);
        assertFalse(claims.get(1).slips());
    }

    @Test
    void multiplication_written_as_x_is_read() {
        ReasoningText text = new ReasoningText("GFR = 141 x min(0.5, 1) x 2 = 141");
        assertEquals(141, text.claims().get(0).computed(), 1e-9);
    }

    @Test
    void reads_findings_as_present_or_absent() {
        ReasoningText text = new ReasoningText("The score is calculated based on hypertension and diabetes. "
                + "She has a history of diabetes but not vascular disease. Hypertension is not mentioned. "
                + "There is no history of stroke, TIA, or thromboembolism.");
        assertTrue(text.polarity(List.of("diabetes")));
        assertFalse(text.polarity(List.of("vascular disease")));
        assertFalse(text.polarity(List.of("hypertension")));
        assertFalse(text.polarity(List.of("thromboembolism")));
        assertNull(text.polarity(List.of("heart failure")));
    }

    @Test
    void binds_a_value_to_its_name_and_unit() {
        ReasoningText text = new ReasoningText("IBW uses (Height in inches - 60). The patient's height is 6 ft 2 in. "
                + "Creatinine of 1.4 mg/dL.");
        ReasoningText.Binding height = text.binding(List.of("height"));
        assertEquals(6, height.value());
        assertEquals("ft", height.unit());
        assertEquals(2, height.inches());
        assertEquals("mg/dL", text.binding(List.of("creatinine")).unit());
    }

    @Test
    void a_small_whole_number_is_not_taken_for_a_rounded_value() {
        ReasoningText text = new ReasoningText("Example: 4 weeks. The result is 38.");
        assertFalse(text.states(3.718));
        assertTrue(text.states(38.2));
    }
}
