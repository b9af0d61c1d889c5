package org.clinigrade.medcalc;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.grade.ReferenceCase;
import tools.jackson.databind.JsonNode;

/** MedCalc-Bench's test CSV (and optionally the corrected labels) as reference cases, keyed by Row Number. */
public final class MedcalcReferences {

    private MedcalcReferences() {
    }

    /**
     * @param corrected the corrected-labels CSV, or null
     * @throws org.clinigrade.calc.InvalidInputException naming the file and what is wrong with it
     */
    public static Map<String, ReferenceCase> load(Path testData, Path corrected, CalculatorCatalog catalog) {
        Map<String, ReferenceCase> cases = new HashMap<>();
        for (BenchmarkRow row : BenchmarkData.read(testData, corrected)) {
            Calculator calculator = catalog.find(Integer.toString(row.medcalcId())).orElse(null);
            if (calculator != null) {
                String id = Integer.toString(row.rowNumber());
                cases.put(id, new ReferenceCase(id, calculator, row.category(), () -> objectOrNone(row.entities()),
                        row.v1(), row.corrected()));
            }
        }
        return cases;
    }

    /** entities that cannot be read are no entities to grading: the case is then checked against its label only */
    private static JsonNode objectOrNone(JsonNode entities) {
        return entities.isObject() ? entities : null;
    }
}
