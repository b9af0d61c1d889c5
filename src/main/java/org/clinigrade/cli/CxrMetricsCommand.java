package org.clinigrade.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clinigrade.cxr.MetricSummary;
import org.clinigrade.cxr.StageScoresFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        header = "CXReasonBench's Path 1 metrics from judged stage scores, as its metric.py prints them.",
        description = {"Reads one case a line: {\"task\", \"init\", \"criteria\", \"custom_criteria\"?, \"bodypart\",",
                "\"measurement\", \"final\", \"value_in_range\"?} (null for a stage not reached; a list of scores for a",
                "stage of several rounds, which passes only if every round is 1). Prints Completion, Depth, Consistency",
                "(value in range) and Alignment (init/final agreement) over all tasks and per task and group.",
                "Exit codes: 0 done, 2 invalid command or input file, 1 internal error."})
final class CxrMetricsCommand implements Callable<Integer> {

    @Option(names = "--scores", required = true, paramLabel = "JSONL", description = "Judged stage scores, one case a line.")
    Path scores;

    @Option(names = "--summary", paramLabel = "JSON", description = "Write the metrics per task, group and overall.")
    Path summary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InputFiles.requireExisting(scores);
        OutputFiles.requireWritable("--summary", summary);
        MetricSummary metrics = StageScoresFile.read(scores);
        if (summary != null) {
            OutputFiles.write("--summary", summary, metrics.toJson().toPrettyString());
        }
        spec.commandLine().getOut().print(metrics.toText());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
