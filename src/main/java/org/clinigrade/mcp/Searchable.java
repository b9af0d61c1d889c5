package org.clinigrade.mcp;

import java.util.List;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.InputSpec;
import org.clinigrade.cxr.IndexDefinition;
import org.clinigrade.cxr.IndexInput;

/**
 * What find_calculators searches and shows of a calculator or a chest X-ray index.
 *
 * @param medcalcId the MedCalc-Bench Calculator ID, or null
 */
record Searchable(String id, Integer medcalcId, String title, String category, String description,
                  List<String> keywords, List<String> inputTitles) {

    /** the category a chest X-ray index is found under */
    static final String INDICES = "chest-x-ray";

    static Searchable of(CalculatorDefinition d) {
        return new Searchable(d.id(), d.medcalcId(), d.title(), d.category(), d.description(), d.keywords(),
                d.inputs().stream().map(InputSpec::title).toList());
    }

    static Searchable of(IndexDefinition d) {
        return new Searchable(d.id(), null, d.title(), INDICES, d.description(), d.keywords(),
                d.inputs().stream().map(IndexInput::title).toList());
    }
}
