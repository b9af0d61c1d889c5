package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a CheXStruct conformance run found: per task, rows agreeing, disagreeing and unreadable, and each one of the latter. */
public final class ChexstructReport {

    /** a column whose recomputed value differs from the file's */
    record Difference(String column, String file, String computed) {
    }

    private record Disagreement(String task, ChexstructRow row, List<Difference> differences) {
    }

    private record Invalid(String task, ChexstructRow row, String error) {
    }

    /** rows, agreeing, disagreeing, invalid */
    private final Map<String, int[]> tasks = new LinkedHashMap<>();
    private final List<Disagreement> disagreements = new ArrayList<>();
    private final List<Invalid> invalid = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    void row(String task, ChexstructRow row, List<Difference> differences) {
        int[] counts = counts(task);
        counts[0]++;
        if (differences.isEmpty()) {
            counts[1]++;
        } else {
            counts[2]++;
            disagreements.add(new Disagreement(task, row, List.copyOf(differences)));
        }
    }

    void invalid(String task, ChexstructRow row, String error) {
        int[] counts = counts(task);
        counts[0]++;
        counts[3]++;
        invalid.add(new Invalid(task, row, error));
    }

    void skipped(String file) {
        skipped.add(file);
    }

    private int[] counts(String task) {
        return tasks.computeIfAbsent(task, t -> new int[4]);
    }

    public int rows() {
        return tasks.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int disagreements() {
        return disagreements.size();
    }

    public int invalidRows() {
        return invalid.size();
    }

    /** one line per task, each disagreement and invalid row, the files skipped, and the totals */
    public String toTable() {
        StringBuilder table = new StringBuilder(String.format("%-30s %6s %6s %9s %8s%n", "TASK", "ROWS", "AGREE",
                "DISAGREE", "INVALID"));
        tasks.forEach((task, c) -> table.append(String.format("%-30s %6d %6d %9d %8d%n", task, c[0], c[1], c[2], c[3])));
        for (Disagreement d : disagreements) {
            for (Difference difference : d.differences()) {
                table.append(String.format("disagree: %s line %d (%s): %s %s in the file, %s computed%n", d.row().file(),
                        d.row().line(), d.row().image(), difference.column(), difference.file(), difference.computed()));
            }
        }
        for (Invalid i : invalid) {
            table.append(String.format("invalid: %s line %d (%s): %s%n", i.row().file(), i.row().line(), i.row().image(),
                    i.error()));
        }
        skipped.forEach(file -> table.append("skipped: ").append(file).append(" (no index of that name)\n"));
        table.append(String.format("%d rows: %d agree, %d disagree, %d invalid%n", rows(), rows() - disagreements()
                - invalidRows(), disagreements(), invalidRows()));
        return table.toString();
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("rows", rows()).put("agree", rows() - disagreements() - invalidRows())
                .put("disagree", disagreements()).put("invalid", invalidRows());
        ObjectNode byTask = json.putObject("tasks");
        tasks.forEach((task, c) -> byTask.putObject(task).put("rows", c[0]).put("agree", c[1]).put("disagree", c[2])
                .put("invalid", c[3]));
        ArrayNode differing = json.putArray("disagreements");
        for (Disagreement d : disagreements) {
            ObjectNode item = where(differing.addObject(), d.task(), d.row());
            ArrayNode columns = item.putArray("columns");
            d.differences().forEach(difference -> columns.addObject().put("column", difference.column())
                    .put("file", difference.file()).put("computed", difference.computed()));
        }
        ArrayNode unreadable = json.putArray("invalid_rows");
        invalid.forEach(i -> where(unreadable.addObject(), i.task(), i.row()).put("error", i.error()));
        ArrayNode files = json.putArray("skipped_files");
        skipped.forEach(files::add);
        return json;
    }

    private static ObjectNode where(ObjectNode item, String task, ChexstructRow row) {
        return item.put("task", task).put("file", row.file()).put("line", row.line()).put("image_file", row.image());
    }
}
