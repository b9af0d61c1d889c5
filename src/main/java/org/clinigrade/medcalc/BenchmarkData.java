package org.clinigrade.medcalc;

import org.clinigrade.grade.Label;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinigrade.calc.InvalidInputException;

/** Reads MedCalc-Bench's test CSV and, optionally, the corrected labels joined on {@code Unique ID}. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    /**
     * @param corrected the corrected-labels CSV, or null
     * @throws InvalidInputException naming the file and what is missing or malformed
     */
    static List<BenchmarkRow> read(Path testData, Path corrected) {
        Map<String, Label> correctedLabels = corrected == null ? Map.of() : correctedLabels(corrected);
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Map<String, String> row : table(testData, "Row Number", "Calculator ID", "Calculator Name",
                "Relevant Entities", "Ground Truth Answer", "Lower Limit", "Upper Limit")) {
            String number = row.get("Row Number");
            rows.add(new BenchmarkRow(integer(testData, number, "Row Number"),
                    integer(testData, row.get("Calculator ID"), "Calculator ID"),
                    row.get("Calculator Name"), row.get("Category"), row.get("Relevant Entities"), label(row),
                    correctedLabels.get(number)));
        }
        return rows;
    }

    private static Map<String, Label> correctedLabels(Path file) {
        Map<String, Label> labels = new HashMap<>();
        for (Map<String, String> row : table(file, "Unique ID", "Ground Truth Answer", "Lower Limit", "Upper Limit")) {
            labels.put(row.get("Unique ID"), label(row));
        }
        return labels;
    }

    private static Label label(Map<String, String> row) {
        return new Label(row.get("Ground Truth Answer").strip(), row.get("Lower Limit").strip(), row.get("Upper Limit").strip());
    }

    private static List<Map<String, String>> table(Path file, String... columns) {
        List<Map<String, String>> rows;
        try {
            rows = CsvTable.read(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(file.toString(), "has no rows (expected a header line, then a row per case)");
        }
        for (String column : columns) {
            if (!rows.get(0).containsKey(column)) {
                throw new InvalidInputException(file.toString(), "no column '" + column + "'");
            }
        }
        return rows;
    }

    private static int integer(Path file, String text, String column) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file.toString(), column + " '" + text + "' is not a whole number");
        }
    }
}
