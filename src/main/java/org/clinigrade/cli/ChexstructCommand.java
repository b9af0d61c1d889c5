package org.clinigrade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clinigrade.cxr.ChexstructReport;
import org.clinigrade.cxr.ChexstructRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chexstruct", mixinStandardHelpOptions = true,
        header = "Recompute CheXStruct's task CSVs with the chest X-ray indices, row by row.",
        description = {"Reads every <task>.csv in DIR as CheXStruct writes it (image_file, viewposition, the task's columns,",
                "label), recomputes each row from its own columns and compares the label and the index columns.",
                "Exit codes: 0 ok (with --check: every row agrees), 1 a disagreement or an unreadable row with --check,",
                "or an internal error, 2 invalid input."})
final class ChexstructCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A folder of CheXStruct task CSVs (cardiomegaly.csv, …).")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Option(names = "--check", description = "Fail (exit 1) unless every row of every task file agrees.")
    boolean check;

    @Mixin
    CatalogOptions catalogOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OutputFiles.requireWritable("--json", json);
        ChexstructReport report = ChexstructRun.run(data, catalogOptions.indices());
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.toTable());
        if (json != null) {
            OutputFiles.write("--json", json, report.toJson().toPrettyString());
        }
        out.flush();
        boolean agree = report.rows() > 0 && report.disagreements() == 0 && report.invalidRows() == 0;
        return !check || agree ? 0 : 1;
    }
}
