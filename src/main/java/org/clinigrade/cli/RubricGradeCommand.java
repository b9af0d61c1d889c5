package org.clinigrade.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.lines.JsonBytes;
import org.clinigrade.rubric.ChatJudge;
import org.clinigrade.rubric.ExampleVerdict;
import org.clinigrade.rubric.Examples;
import org.clinigrade.rubric.Judgments;
import org.clinigrade.rubric.Response;
import org.clinigrade.rubric.Responses;
import org.clinigrade.rubric.RubricFiles;
import org.clinigrade.rubric.RubricReport;
import org.clinigrade.rubric.RunSummary;
import org.clinigrade.rubric.VerdictLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "grade", mixinStandardHelpOptions = true,
        header = "Score responses against rubrics from a judge's verdicts, exactly as the published schemes do.",
        description = {"Reads rubrics (HealthBench records as they are, or native rubric files) and a judge's verdicts",
                "(JSON Lines), and writes one verdict per response: the score, per-tag scores, each criterion's",
                "verdict and the red lines crossed; the summary gives the run's score with its bootstrap std.",
                "Exit codes: 0 every response scored, 3 some responses lack verdicts for some criteria (their lines",
                "say which), 2 invalid command or input file, 1 internal error."})
final class RubricGradeCommand implements Callable<Integer> {

    @Option(names = "--rubrics", required = true, paramLabel = "FILE|DIR|ID",
            description = "Rubrics: a HealthBench JSONL file, a record or native rubric file, a folder of them, or a"
                    + " shipped rubric's id (rubric list).")
    Path rubrics;

    @Option(names = "--judgments", required = true, paramLabel = "JSONL", description = "The judge's verdicts, one criterion a line.")
    Path judgments;

    @Option(names = "--responses", paramLabel = "JSONL",
            description = "The responses ({\"id\" or \"prompt_id\", \"rubric\"?, \"response\", \"entities\"?}), for the rule-checked criteria.")
    Path responses;

    @Option(names = "--judge", required = true, paramLabel = "NAME",
            description = "Who produced the judgments (a model name): written next to the score.")
    String judge;

    @Option(names = "--judge-url", paramLabel = "URL", description = {"Ask an OpenAI-compatible chat endpoint (its base, such as",
            "https://api.openai.com/v1) for every criterion without a verdict, one at a time; needs --responses."})
    URI judgeUrl;

    @Option(names = "--judge-model", paramLabel = "MODEL", description = "The model --judge-url asks; written into the summary.")
    String judgeModel;

    @Option(names = "--judge-key-env", paramLabel = "VAR", defaultValue = "OPENAI_API_KEY",
            description = "The environment variable holding the endpoint's key, if it needs one (default: ${DEFAULT-VALUE}).")
    String judgeKeyEnv;

    @Option(names = "--judge-attempts", paramLabel = "N", defaultValue = "3",
            description = "Ask a criterion at most N times before it is judge_failed (default: ${DEFAULT-VALUE}).")
    int judgeAttempts;

    @Option(names = "--out", paramLabel = "JSONL", defaultValue = "-", description = "Verdicts, one per response (default: stdout).")
    Path out;

    @Option(names = "--summary", paramLabel = "JSON", description = "Write the run's scores: overall, per tag, with bootstrap std.")
    Path summary;

    @Option(names = "--html", paramLabel = "HTML", description = "Write a self-contained HTML report.")
    Path html;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the bootstrap's resampling; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Grade on N threads (default: the number of processors).")
    Integer threads;

    @Mixin
    TrustedOption trustedOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        // files are parsed, responses graded and tags bootstrapped on this pool's threads, as parallel streams
        ForkJoinPool pool = new ForkJoinPool(ThreadCount.of(threads));
        try {
            return pool.submit(() -> grade(pool)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int grade(ForkJoinPool pool) throws IOException {
        RubricFiles.Rubrics read = RubricFiles.read(rubrics, trustedOption.trusted);
        Map<String, Response> given = responses == null ? Map.of() : Responses.read(responses, read);
        Examples examples = new Examples(read, given);
        Judgments judged = examples.judgments(judgments);
        ChatJudge asked = judgeUrl == null ? null
                : new ChatJudge(judgeUrl, judgeModel, System.getenv(judgeKeyEnv), judgeAttempts);
        List<ExampleVerdict> verdicts = examples.grade(judged, asked);
        // the bootstrap runs on the pool's other threads while the verdicts are written
        CompletableFuture<ObjectNode> summing = CompletableFuture.supplyAsync(
                () -> RunSummary.of(verdicts, read.tiered(), judge, judgeModel, seed), pool);
        writeVerdicts(verdicts);
        ObjectNode json = summing.join();
        if (summary != null) {
            OutputFiles.write("--summary", summary, json.toPrettyString());
        }
        if (html != null) {
            OutputFiles.write("--html", html, RubricReport.render(json, verdicts));
        }
        report(json);
        return json.get("incomplete").intValue() > 0 ? 3 : 0;
    }

    private void checkOptions() {
        InputFiles.requireExisting(judgments, responses);
        OutputFiles.requireWritable("--out", out);
        OutputFiles.requireWritable("--summary", summary);
        OutputFiles.requireWritable("--html", html);
        ThreadCount.check(threads);
        if (judgeUrl != null && (judgeModel == null || responses == null)) {
            throw new InvalidInputException("--judge-url", "needs --judge-model (the model to ask) and --responses"
                    + " (the answers it judges)");
        }
        if (judgeUrl != null && (judgeUrl.getScheme() == null || !judgeUrl.getScheme().matches("https?"))) {
            throw new InvalidInputException("--judge-url", "'" + judgeUrl + "' is not an http or https URL");
        }
        if (judgeAttempts < 1 || judgeAttempts > 10) {
            throw new InvalidInputException("--judge-attempts", "expected 1 to 10, got " + judgeAttempts);
        }
        if (judge.isBlank()) {
            throw new InvalidInputException("--judge", "empty (name the judge that produced the judgments)");
        }
    }

    private void writeVerdicts(List<ExampleVerdict> verdicts) throws IOException {
        boolean stdout = out.toString().equals("-");
        OutputStream stream = new BufferedOutputStream(stdout ? System.out : Files.newOutputStream(out), 1 << 16);
        JsonBytes line = new JsonBytes(4096);
        for (ExampleVerdict verdict : verdicts) {
            VerdictLine.write(verdict, line.clear());
            line.newline().writeTo(stream, 0, line.size());
        }
        if (stdout) {
            stream.flush();
        } else {
            stream.close();
        }
    }

    private void report(ObjectNode json) {
        PrintWriter err = spec.commandLine().getErr();
        String score = json.get("overall_score").isNull() ? "no score (no example has one)"
                : String.format(Locale.ROOT, "score %.4f (bootstrap std %.4f, n %d)", json.get("overall_score").doubleValue(),
                        json.get("bootstrap_std").doubleValue(), json.get("n_samples").intValue());
        err.printf(Locale.ROOT, "graded %d responses (%s scheme, judge %s): %s; %d undefined, %d without every verdict%n",
                json.get("examples").intValue(), json.get("scheme").stringValue(), judge, score,
                json.get("undefined").intValue(), json.get("incomplete").intValue());
        err.flush();
    }
}
