package org.clinigrade.medcalc;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The outcome of a conformance run: counts overall and per calculator, and every disagreement with its reason. */
public final class ConformanceReport {

    private final List<RowOutcome> outcomes;
    private final int errataEntries;

    ConformanceReport(List<RowOutcome> outcomes, int errataEntries) {
        this.outcomes = outcomes;
        this.errataEntries = errataEntries;
    }

    /** rows of calculators clinigrade has */
    private List<RowOutcome> implemented() {
        return outcomes.stream().filter(RowOutcome::implemented).toList();
    }

    public int unexplained() {
        return (int) outcomes.stream().filter(RowOutcome::unexplained).count();
    }

    public int internalErrors() {
        return (int) outcomes.stream().filter(RowOutcome::internalError).count();
    }

    /**
     * Agreement with the corrected labels over the comparable rows of calculators clinigrade has: rows with a
     * corrected label whose entities are not documented (in the errata) as contradicting the note the label was
     * computed from. A row agrees if clinigrade's default agrees, or if the convention its erratum names (and the
     * run has just checked) reproduces the label.
     */
    public double correctedAgreement() {
        Counts counts = Counts.of(implemented());
        return counts.comparable == 0 ? 1 : (double) counts.comparableAgree / counts.comparable;
    }

    public ObjectNode toJson() {
        ObjectNode json = Counts.of(implemented()).toJson();
        json.put("rows", outcomes.size());
        json.put("internal_errors", internalErrors());
        json.put("not_implemented", outcomes.size() - implemented().size());
        json.put("errata_entries", errataEntries);
        ObjectNode perCalculator = json.putObject("per_calculator");
        byCalculator().forEach((id, rows) -> {
            ObjectNode calculator = Counts.of(rows).toJson();
            perCalculator.set(id, calculator);
            calculator.put("medcalc_id", rows.get(0).row().medcalcId());
            var disagreements = calculator.putArray("disagreements");
            rows.stream().filter(RowOutcome::disagrees).forEach(o -> {
                ObjectNode d = disagreements.addObject();
                d.put("row", o.row().rowNumber());
                d.put("ours", o.ours());
                d.put("error", o.error());
                d.put("v1", o.row().v1().answer());
                d.put("corrected", o.row().corrected() == null ? null : o.row().corrected().answer());
                d.put("category", o.erratum() == null ? null : o.erratum().category());
                d.put("reason", o.erratum() == null ? null : o.erratum().reason());
            });
        });
        return json;
    }

    /** one line per calculator, then the totals and each unexplained disagreement */
    public String toTable() {
        StringBuilder out = new StringBuilder(String.format("%-34s %4s %5s %6s %10s %12s %5s %12s %11s%n",
                "CALCULATOR", "ID", "ROWS", "ERRORS", "V1 AGREE", "CORR. AGREE", "N/A", "COMPARABLE", "UNEXPLAINED"));
        byCalculator().forEach((id, rows) -> out.append(line(id, rows.get(0).row().medcalcId(), Counts.of(rows))));
        Counts all = Counts.of(implemented());
        out.append(line("all implemented", 0, all));
        int missing = outcomes.size() - implemented().size();
        if (missing > 0) {
            out.append(String.format("%d rows of %d MedCalc-Bench calculators clinigrade does not have yet%n", missing,
                    outcomes.stream().filter(Predicate.not(RowOutcome::implemented)).map(o -> o.row().medcalcId()).distinct().count()));
        }
        outcomes.stream().filter(RowOutcome::unexplained).forEach(o -> out.append(String.format(
                "unexplained: row %d (%s): ours %s, v1.0 %s, corrected %s%n", o.row().rowNumber(), o.calculator(),
                o.error() != null ? "error: " + o.error() : o.ours(), o.row().v1().answer(),
                o.row().corrected() == null ? "-" : o.row().corrected().answer())));
        return out.toString();
    }

    private static String line(String id, int medcalcId, Counts c) {
        return String.format("%-34s %4s %5d %6d %10s %12s %5d %12s %11d%n", id, medcalcId == 0 ? "" : medcalcId, c.rows, c.errors,
                c.v1Agree + "/" + c.v1Compared, c.correctedAgree + "/" + c.correctedCompared, c.notApplicable,
                c.comparableAgree + "/" + c.comparable, c.unexplained);
    }

    /** the rows of each calculator, calculators in MedCalc-Bench ID order */
    private Map<String, List<RowOutcome>> byCalculator() {
        return implemented().stream()
                .sorted(Comparator.comparingInt((RowOutcome o) -> o.row().medcalcId()).thenComparingInt(o -> o.row().rowNumber()))
                .collect(Collectors.groupingBy(RowOutcome::calculator, LinkedHashMap::new, Collectors.toList()));
    }

    /** the counts of a set of rows */
    private record Counts(int rows, int errors, int v1Agree, int v1Compared, int correctedAgree, int correctedCompared,
                          int notApplicable, int comparableAgree, int comparable, int unexplained) {

        static Counts of(List<RowOutcome> rows) {
            return new Counts(rows.size(),
                    count(rows, o -> o.error() != null),
                    count(rows, RowOutcome::v1Agrees),
                    rows.size(),
                    count(rows, o -> Boolean.TRUE.equals(o.correctedAgrees())),
                    count(rows, o -> o.correctedAgrees() != null),
                    count(rows, RowOutcome::correctedNotApplicable),
                    count(rows, o -> o.correctedAgreesUnderItsConvention() && !o.entityError()),
                    count(rows, o -> o.correctedAgrees() != null && !o.entityError()),
                    count(rows, RowOutcome::unexplained));
        }

        private static int count(List<RowOutcome> rows, Predicate<RowOutcome> test) {
            return (int) rows.stream().filter(test).count();
        }

        ObjectNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("rows", rows);
            json.put("errors", errors);
            ObjectNode v1 = json.putObject("v1");
            v1.put("agree", v1Agree);
            v1.put("compared", v1Compared);
            ObjectNode corrected = json.putObject("corrected");
            corrected.put("agree", correctedAgree);
            corrected.put("compared", correctedCompared);
            corrected.put("not_applicable", notApplicable);
            ObjectNode comparableRows = corrected.putObject("excluding_entity_errors");
            comparableRows.put("agree", comparableAgree);
            comparableRows.put("compared", comparable);
            json.put("unexplained", unexplained);
            return json;
        }
    }
}
