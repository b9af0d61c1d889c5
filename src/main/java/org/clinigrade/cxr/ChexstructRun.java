package org.clinigrade.cxr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every row of every {@code <task>.csv} in a CheXStruct output folder recomputed from its own columns and compared with
 * the file's label and with each column the index's definition names ({@code checked_columns}): the index and the
 * widths it is made from. A file named after no index is listed as skipped.
 */
public final class ChexstructRun {

    /** how close a recomputed value must come to the file's: the CSV writes every digit of a double */
    private static final double CLOSE = 1e-9;
    /** the label CheXStruct writes for a case it does not label (a view other than PA or AP) */
    private static final String NOT_LABELLED = "N/A";

    private ChexstructRun() {
    }

    /** @throws IndexInputException naming a file that cannot be read */
    public static ChexstructReport run(Path folder, IndexCatalog catalog) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IndexInputException("--data", folder + " is not a folder");
        }
        ChexstructReport report = new ChexstructReport();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            String task = file.getFileName().toString().replaceFirst("\\.csv$", "");
            Optional<CxrIndex> index = catalog.find(task);
            if (index.isEmpty()) {
                report.skipped(file.getFileName().toString());
                continue;
            }
            for (ChexstructRow row : ChexstructCsv.read(file)) {
                compare(index.get(), row, report);
            }
        }
        return report;
    }

    private static void compare(CxrIndex index, ChexstructRow row, ChexstructReport report) {
        ObjectNode columns = JsonNodeFactory.instance.objectNode();
        row.columns().forEach(columns::put);
        IndexResult result;
        try {
            result = index.evaluate(columns);
        } catch (IndexInputException e) {
            report.invalid(index.definition().id(), row, e.getMessage());
            return;
        }
        List<ChexstructReport.Difference> differences = new ArrayList<>();
        String label = row.columns().getOrDefault("label", "").strip();
        String computed = result.label() == null ? NOT_LABELLED : String.valueOf(result.label());
        if (!sameLabel(label, computed)) {
            differences.add(new ChexstructReport.Difference("label", label, computed));
        }
        for (IndexDefinition.CheckedColumn column : index.definition().checked()) {
            String given = row.columns().getOrDefault(column.column(), "").strip();
            if (given.isEmpty()) {
                continue;
            }
            Optional<Double> value = result.stepValue(column.rule());
            if (value.isEmpty() || !close(given, value.get())) {
                differences.add(new ChexstructReport.Difference(column.column(), given,
                        value.map(String::valueOf).orElse("none (" + result.reason() + ")")));
            }
        }
        report.row(index.definition().id(), row, differences);
    }

    /** 1 and 1.0 and True are one label; N/A matches an excluded case */
    private static boolean sameLabel(String given, String computed) {
        String normal = switch (given) {
            case "1.0", "True" -> "1";
            case "0.0", "False" -> "0";
            default -> given;
        };
        return normal.equals(computed);
    }

    private static boolean close(String given, double computed) {
        try {
            double value = Double.parseDouble(given);
            return Math.abs(value - computed) <= CLOSE * Math.max(1, Math.abs(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
