package org.clinigrade.medcalc;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.calc.Result;
import org.clinigrade.calc.ResultJson;
import org.clinigrade.engine.Folder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every row of MedCalc-Bench's test set through its calculator, from the row's own entities, compared with the
 * v1.0 label and the corrected one. A row the engine rejects is an outcome with its reason, never a crash.
 */
public final class ConformanceRun {

    private ConformanceRun() {
    }

    /**
     * @param corrected the corrected labels' CSV, or null
     * @param errata    a folder of errata files, or null for the bundled errata
     */
    public static ConformanceReport run(Path testData, Path corrected, Path errata, CalculatorCatalog catalog) {
        List<BenchmarkRow> rows = BenchmarkData.read(testData, corrected);
        Errata explained = errata == null ? Errata.bundled() : Errata.load(Folder.of(errata));
        // on every core: a calculator's rules load once, whichever row needs them first, and the outcomes keep row order
        List<RowOutcome> outcomes = rows.parallelStream().map(row -> outcome(row, catalog, explained)).toList();
        return new ConformanceReport(outcomes, explained.size());
    }

    private static RowOutcome outcome(BenchmarkRow row, CalculatorCatalog catalog, Errata errata) {
        Erratum erratum = errata.forRow(row.rowNumber()).orElse(null);
        Optional<Calculator> calculator = catalog.find(Integer.toString(row.medcalcId()));
        if (calculator.isEmpty()) {
            return new RowOutcome(row, null, null, "no calculator for MedCalc-Bench ID " + row.medcalcId(), false, null,
                    erratum, null);
        }
        String id = calculator.get().definition().id();
        JsonNode entities = row.entities();
        try {
            if (entities.isString()) {
                throw new InvalidInputException("Relevant Entities", entities.stringValue());
            }
            Result result = calculator.get().evaluate(entities);
            String ours = ResultJson.of(result, calculator.get().definition().output().decimals()).get("value").toString();
            RowOutcome.Agreement agreement = agreement(row, result);
            return new RowOutcome(row, id, ours, null, agreement.v1(), agreement.corrected(), erratum,
                    underConvention(row, entities, calculator.get(), erratum));
        } catch (InvalidInputException e) {
            return failed(row, id, e.getMessage(), erratum);
        } catch (RuntimeException e) {
            return failed(row, id, "internal error: " + e, erratum);
        }
    }

    private static RowOutcome.Agreement agreement(BenchmarkRow row, Result result) {
        Boolean corrected = row.corrected() == null || row.corrected().notApplicable()
                ? null : row.corrected().accepts(result.value());
        return new RowOutcome.Agreement(row.v1().accepts(result.value()), corrected);
    }

    /** the row computed again with the inputs that select the convention its erratum names */
    private static RowOutcome.Agreement underConvention(BenchmarkRow row, JsonNode entities, Calculator calculator,
                                                        Erratum erratum) {
        if (erratum == null || erratum.conventionInputs() == null) {
            return null;
        }
        ObjectNode selected = ((ObjectNode) entities).deepCopy();
        selected.setAll(erratum.conventionInputs());
        try {
            return agreement(row, calculator.evaluate(selected));
        } catch (InvalidInputException e) {
            return new RowOutcome.Agreement(false, false);
        }
    }

    /** a row that could not be computed counts against agreement wherever it had a label to agree with */
    private static RowOutcome failed(BenchmarkRow row, String id, String error, Erratum erratum) {
        Boolean correctedAgrees = row.corrected() == null || row.corrected().notApplicable() ? null : false;
        return new RowOutcome(row, id, null, error, false, correctedAgrees, erratum, null);
    }
}
