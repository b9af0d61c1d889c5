package org.clinigrade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clinigrade.medcalc.ConformanceReport;
import org.clinigrade.medcalc.ConformanceRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "medcalc-bench", mixinStandardHelpOptions = true,
        header = "Compare the calculators with MedCalc-Bench's labels, row by row.",
        description = {"Computes every row of MedCalc-Bench's test CSV from its own 'Relevant Entities' and compares the",
                "answer with the v1.0 label (within Lower/Upper Limit) and, with --corrected, the physician-corrected",
                "label. A disagreement without an errata entry is unexplained.",
                "Exit codes: 0 ok (with --check: targets met), 1 targets not met or internal error, 2 invalid input."})
final class MedcalcBenchCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "MedCalc-Bench test data (test_data.csv).")
    Path data;

    @Option(names = "--corrected", paramLabel = "CSV", description = "Corrected labels (medcalc_v1_corrected.csv), joined on Unique ID = Row Number.")
    Path corrected;

    @Option(names = "--errata", paramLabel = "DIR", description = "Errata files to use instead of the bundled ones.")
    Path errata;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Option(names = "--check", description = {"Fail (exit 1) on an internal error, an unexplained disagreement, or agreement with the",
            "corrected labels below --min-corrected-agreement on the comparable rows (rows whose entities the errata",
            "do not show to contradict the note)."})
    boolean check;

    @Option(names = "--min-corrected-agreement", paramLabel = "FRACTION", defaultValue = "0.97",
            description = "Target for --check (default: ${DEFAULT-VALUE}).")
    double minCorrectedAgreement;

    @Mixin
    CatalogOptions catalogOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireExisting(data, corrected);
        OutputFiles.requireWritable("--json", json);
        ConformanceReport report = ConformanceRun.run(data, corrected, errata, catalogOptions.catalog());
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.toTable());
        if (json != null) {
            OutputFiles.write("--json", json, report.toJson().toPrettyString());
        }
        out.flush();
        if (!check) {
            return 0;
        }
        boolean met = report.internalErrors() == 0 && report.unexplained() == 0
                && report.correctedAgreement() >= minCorrectedAgreement;
        spec.commandLine().getErr().printf(
                "conformance %s: %d internal errors, %d unexplained, corrected agreement on comparable rows %.2f%% (target %.2f%%)%n",
                met ? "targets met" : "TARGETS NOT MET", report.internalErrors(), report.unexplained(),
                100 * report.correctedAgreement(), 100 * minCorrectedAgreement);
        return met ? 0 : 1;
    }
}
