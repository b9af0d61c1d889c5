package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every points score whose source publishes bands names the band a value falls in. */
class InterpretationTest {

    private static final CalculatorCatalog CATALOG = CalculatorCatalog.bundled();
    /**
     * Charlson's index is scored here with age points (as MedCalc-Bench and MDCalc do); the 1987 paper's mortality
     * bands are for the index without them, and its later survival estimate is a formula, not bands.
     */
    private static final Set<String> WITHOUT_PUBLISHED_BANDS = Set.of("charlson-comorbidity-index");

    @Test
    void every_points_score_with_published_bands_has_them() {
        List<String> missing = CATALOG.all().stream().map(Calculator::definition)
                .filter(d -> d.output().fromPoints() && d.interpretation().isEmpty())
                .map(CalculatorDefinition::id).filter(id -> !WITHOUT_PUBLISHED_BANDS.contains(id)).toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void apache_ii_and_sofa_name_their_band() {
        // Knaus 1985: 10–14 points, hospital death rate about 15% (non-operative); Ferreira 2001: SOFA 2–3, 6.4%
        assertTrue(CATALOG.find("apache-ii").orElseThrow().definition().interpret(13).startsWith("10–14: hospital death"));
        assertTrue(CATALOG.find("apache-ii").orElseThrow().definition().interpret(35).startsWith("≥ 35"));
        assertEquals("2–3: ICU mortality 6.4%", CATALOG.find("sofa").orElseThrow().definition().interpret(3));
        assertTrue(CATALOG.find("sofa").orElseThrow().definition().interpret(1).startsWith("0–1: ICU mortality 0%"));
    }
}
