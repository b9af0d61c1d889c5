package org.clinigrade.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.cxr.CxrGradeReport;
import org.clinigrade.cxr.MetricSummary;
import org.clinigrade.cxr.TranscriptCase;
import org.clinigrade.cxr.TranscriptSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "grade", mixinStandardHelpOptions = true,
        header = "Judge CXReasonBench's Path 1 answers stage by stage without an LLM judge, and compute its metrics.",
        description = {"Reads the benchmark's evaluation outputs as they are: a folder <task>/<dicom>.json, or JSON Lines",
                "with one case a line and its \"task\". Writes one verdict a case: each stage's score as the benchmark's",
                "judge gives it (init 1/0/-1, criteria 1/0/-2, custom criteria 1/0/-1, others 1/0; null where the path",
                "stopped before), the reasons, and value_in_range; the verdicts are a valid input of 'cxr metrics'.",
                "Exit codes: 0 done, 2 invalid command or input (the first case that cannot be read), 1 internal error."})
final class CxrGradeCommand implements Callable<Integer> {

    @Option(names = "--outputs", required = true, paramLabel = "DIR|JSONL",
            description = "The evaluation outputs: a folder of <task>/<dicom>.json, or one case a line.")
    Path outputs;

    @Option(names = "--out", paramLabel = "JSONL", defaultValue = "-", description = "Verdicts, one per case (default: stdout).")
    Path out;

    @Option(names = "--summary", paramLabel = "JSON", description = "Write the metrics per task, group and overall.")
    Path summary;

    @Option(names = "--html", paramLabel = "HTML", description = "Write a self-contained HTML report.")
    Path html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(outputs)) {
            throw new InvalidInputException(outputs.toString(), "no such file or folder");
        }
        OutputFiles.requireWritable("--out", out);
        OutputFiles.requireWritable("--summary", summary);
        OutputFiles.requireWritable("--html", html);
        List<TranscriptCase> cases = TranscriptSource.judge(outputs);
        MetricSummary metrics = new MetricSummary();
        cases.forEach(c -> metrics.add(c.scores()));
        writeVerdicts(cases);
        ObjectNode json = metrics.toJson();
        if (summary != null) {
            OutputFiles.write("--summary", summary, json.toPrettyString());
        }
        if (html != null) {
            OutputFiles.write("--html", html, CxrGradeReport.render(json));
        }
        spec.commandLine().getErr().print("graded " + cases.size() + " cases\n" + metrics.toText());
        spec.commandLine().getErr().flush();
        return 0;
    }

    private void writeVerdicts(List<TranscriptCase> cases) throws IOException {
        boolean stdout = out.toString().equals("-");
        Writer writer = stdout ? spec.commandLine().getOut() : new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(out), StandardCharsets.UTF_8));
        try {
            for (TranscriptCase c : cases) {
                writer.write(c.toJson().toString());
                writer.write('\n');
            }
        } finally {
            if (stdout) {
                writer.flush();
            } else {
                writer.close();
            }
        }
    }
}
