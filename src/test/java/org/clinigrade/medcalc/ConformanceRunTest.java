package org.clinigrade.medcalc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.engine.Folder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A made-up eight-row sample with one row of each kind: agreement, explained label error, rejected entity, no
 * calculator, N/A, corrected disagreement, a convention that reproduces the label, one that does not.
 */
class ConformanceRunTest {

    private static final Path SAMPLE = Path.of("testcases/medcalc-bench/sample");

    private static JsonNode run() {
        return ConformanceRun.run(SAMPLE.resolve("test_data.csv"), SAMPLE.resolve("corrected.csv"),
                SAMPLE.resolve("errata"), CalculatorCatalog.bundled()).toJson();
    }

    @Test
    void counts_rows_errors_and_agreement_with_both_label_sets() {
        JsonNode report = run();

        assertEquals(8, report.get("rows").intValue());
        assertEquals(1, report.get("not_implemented").intValue());
        assertEquals(1, report.get("errors").intValue(), "the unknown unit 'stone'");
        assertEquals(5, report.get("v1").get("agree").intValue(), "rows 1, 5, 6, 7 and 8");
        assertEquals(7, report.get("v1").get("compared").intValue());
        assertEquals(2, report.get("corrected").get("agree").intValue(), "rows 1 and 2");
        assertEquals(5, report.get("corrected").get("compared").intValue(), "rows 1, 2, 6, 7 and 8 (5 is N/A)");
        assertEquals(1, report.get("corrected").get("not_applicable").intValue());
    }

    @Test
    void a_convention_counts_as_agreement_only_when_the_run_reproduces_the_label_with_it() {
        JsonNode comparable = run().get("corrected").get("excluding_entity_errors");

        assertEquals(3, comparable.get("agree").intValue(), "rows 1, 2 and 7 (Naegele's rule reproduces 02/02/2002)");
        assertEquals(5, comparable.get("compared").intValue());
        assertEquals(1, run().get("per_calculator").get("due-date").get("unexplained").intValue(),
                "row 8: '280-days' does not give 02/02/2002, so its erratum explains nothing");
    }

    @Test
    void a_disagreement_without_an_errata_entry_is_unexplained() {
        JsonNode report = run();

        assertEquals(3, report.get("unexplained").intValue(), "row 3 (rejected), row 6 (corrected 12), row 8 (failed convention)");
        JsonNode cha = report.get("per_calculator").get("cha2ds2-vasc");
        assertEquals(0, cha.get("unexplained").intValue());
        assertEquals("label_error", cha.get("disagreements").get(0).get("category").stringValue());
    }

    @Test
    void a_rejected_row_carries_its_reason() {
        JsonNode bmi = run().get("per_calculator").get("bmi").get("disagreements").get(0);

        assertEquals(3, bmi.get("row").intValue());
        assertTrue(bmi.get("error").stringValue().startsWith("weight: unit 'stone' unknown"), bmi.toString());
    }

    @Test
    void a_malformed_errata_file_names_the_entry_and_the_field(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("bmi.json"), "[{\"row\": 1, \"calculator\": \"bmi\", \"category\": \"oops\", \"reason\": \"x\"}]");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Errata.load(Folder.of(temp)));

        assertTrue(e.getMessage().contains("bmi.json[0]: category 'oops' is not one of"), e.getMessage());
    }

    @Test
    void a_csv_without_the_expected_columns_is_invalid_input(@TempDir Path temp) throws IOException {
        Path csv = Files.writeString(temp.resolve("x.csv"), "a,b\n1,2\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BenchmarkData.read(csv, null));

        assertTrue(e.getMessage().endsWith("no column 'Row Number'"), e.getMessage());
    }
}
