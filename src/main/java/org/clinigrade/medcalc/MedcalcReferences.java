package org.clinigrade.medcalc;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
        return load(testData, corrected, () -> catalog);
    }

    /**
     * Reads the CSVs, then asks for the catalog to match their rows to calculators: a catalog still loading on
     * another thread meanwhile costs no time of its own, and the two take about as long as each other.
     */
    public static Map<String, ReferenceCase> load(Path testData, Path corrected, Supplier<CalculatorCatalog> catalog) {
        List<BenchmarkRow> rows = BenchmarkData.read(testData, corrected);
        CalculatorCatalog calculators = catalog.get();
        Map<String, ReferenceCase> cases = new HashMap<>();
        for (BenchmarkRow row : rows) {
            Calculator calculator = calculators.find(Integer.toString(row.medcalcId())).orElse(null);
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
