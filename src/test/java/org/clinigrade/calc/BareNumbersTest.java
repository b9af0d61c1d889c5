package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bare number is taken only where it cannot be mistaken: an input with one unit, an age (in years unless written
 * otherwise), or an input whose units all read a number alike (sodium in mmol/L or mEq/L). Anything else that comes
 * in several units must be given with its unit.
 */
class BareNumbersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CalculatorCatalog CATALOG = CalculatorCatalog.bundled();

    /**
     * Of the inputs that accept more than one unit, these take a bare number: ages, the monovalent ions, whose
     * mmol/L and mEq/L are the same number, and APACHE II's A–a gradient, which its file marks x-bare-number because
     * MedCalc-Bench writes it as a bare number of mmHg. Worked out by hand from the calculator files.
     */
    private static final Set<String> BARE_AMONG_SEVERAL_UNITS = Set.of("age", "sodium", "urine_sodium", "desired_sodium",
            "potassium", "chloride", "bicarbonate", "normal_bicarbonate", "a_a_gradient");

    @Test
    void of_the_inputs_with_several_units_only_ages_and_monovalent_ions_take_a_bare_number() {
        int checked = 0;
        for (Calculator calculator : CATALOG.all()) {
            for (InputSpec input : calculator.definition().inputs()) {
                if (input.kind() != InputSpec.Kind.QUANTITY) {
                    assertFalse(input.unitRequired(), input.key());
                } else if (input.accepted().size() > 1) {
                    assertEquals(!BARE_AMONG_SEVERAL_UNITS.contains(input.key()), input.unitRequired(),
                            calculator.definition().id() + " " + input.key() + " in " + input.accepted());
                    checked++;
                } else {
                    assertFalse(input.unitRequired(), calculator.definition().id() + " " + input.key() + " has one unit");
                }
            }
        }
        assertEquals(137, checked, "inputs with x-accepts in the 55 calculator files");
    }

    @Test
    void an_age_and_a_count_of_drinks_are_taken_as_bare_numbers() {
        // HAS-BLED (Pisters 2010): elderly > 65 +1; alcohol ≥ 8 drinks a week +1
        assertEquals(2, evaluate("has-bled", "{\"age\": 70, \"alcohol_drinks_per_week\": 10}"));
    }

    @Test
    void a_glasgow_coma_score_and_an_fio2_percentage_are_taken_as_bare_numbers() {
        // SOFA (Vincent 1996): PaO2/FiO2 = 400 / 0.21 ≥ 400 → 0; platelets 200 → 0; bilirubin 1.0 → 0; GCS 14 → 1
        assertEquals(1, evaluate("sofa", "{\"pao2\": [400, \"mmHg\"], \"fio2\": 21, \"platelets\": [200, \"10^3/µL\"], "
                + "\"bilirubin\": [1.0, \"mg/dL\"], \"gcs\": 14}"));
    }

    @Test
    void a_default_needs_no_unit_though_the_input_requires_one() {
        // normal albumin 4 g/dL by default: corrected AG = 140 − (100 + 24) + 2.5 × (4 − 2) = 21
        assertEquals(21, evaluate("albumin-corrected-anion-gap",
                "{\"sodium\": 140, \"chloride\": 100, \"bicarbonate\": 24, \"albumin\": [2, \"g/dL\"]}"));
    }

    @Test
    void a_bare_creatinine_is_refused_with_the_units_it_comes_in() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> evaluate("ckd-epi-2021",
                "{\"age\": 50, \"sex\": \"Female\", \"creatinine\": 1.2}"));
        assertEquals("creatinine: a bare number 1.2 does not say its unit: give [1.2, \"mg/dL\"], or [value, \"unit\"] "
                + "in µmol/L or mmol/L", e.getMessage());
    }

    @Test
    void describe_says_which_inputs_need_their_unit() {
        String text = String.join("\n", DefinitionText.lines(CATALOG.find("cockcroft-gault").orElseThrow().definition()));
        assertTrue(text.contains("creatinine — Serum creatinine: [value, \"unit\"] in mg/dL or µmol/L or mmol/L "
                + "(a bare number is refused: the unit must be given), required"), text);
        assertTrue(text.contains("age — Age: [value, \"unit\"] in years or months (a bare number is read in years), "
                + "required"), text);
    }

    private static double evaluate(String calculator, String entities) {
        JsonNode json = JSON.readTree(entities);
        return CATALOG.find(calculator).orElseThrow().evaluate(json).number();
    }
}
