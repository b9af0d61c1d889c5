package org.clinigrade.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.grade.CalculatorGrading;
import org.clinigrade.grade.GradeSummary;
import org.clinigrade.grade.Grader;
import org.clinigrade.grade.HtmlReport;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.NativeFormat;
import org.clinigrade.grade.OutputFormat;
import org.clinigrade.grade.ReferenceCase;
import org.clinigrade.lines.GradeRun;
import org.clinigrade.medcalc.MedcalcAnswerRules;
import org.clinigrade.medcalc.MedcalcOutputs;
import org.clinigrade.medcalc.MedcalcReferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "grade", mixinStandardHelpOptions = true,
        header = "Grade a model's answers, step by step, and say what went wrong.",
        description = {"Reads model outputs (JSON Lines: MedCalc-Bench's output files, or clinigrade's native records)",
                "and writes one verdict per line: correct or not, the error type (extraction_error, rule_error,",
                "arithmetic_error, format_error, abstained, label_suspect, unattributed, invalid_record) and the evidence.",
                "Exit codes: 0 every record graded, 3 some records invalid (each has a verdict line),",
                "2 invalid command or input file, 1 internal error."})
final class GradeCommand implements Callable<Integer> {

    @Option(names = "--outputs", required = true, paramLabel = "JSONL", description = "Model outputs, one JSON object per line.")
    Path outputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "medcalc, native, or auto (medcalc if the first line has 'Row Number'; default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--reference", paramLabel = "CSV", description = "MedCalc-Bench test data (test_data.csv): the cases, by Row Number.")
    Path reference;

    @Option(names = "--corrected", paramLabel = "CSV", description = "Grade against the physician-corrected labels where a row has one.")
    Path corrected;

    @Option(names = "--compat", paramLabel = "RULES", description = {"'medcalc': decide correctness with MedCalc-Bench's own",
            "answer rules, quirks included, and grade the answer only (no entity or step checks)."})
    String compat;

    @Option(names = "--out", paramLabel = "JSONL", defaultValue = "-", description = "Verdicts, one per input line (default: stdout).")
    Path out;

    @Option(names = "--summary", paramLabel = "JSON", description = "Write the summary (accuracy with 95%% CIs, error types, ...).")
    Path summary;

    @Option(names = "--html", paramLabel = "HTML", description = "Write a self-contained HTML report.")
    Path html;

    @Option(names = "--threads", paramLabel = "N",
            description = "Grade on N threads; the verdicts are the same bytes whatever N (default: the number of processors).")
    Integer threads;

    @Mixin
    CatalogOptions catalogOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        OutputFormat outputFormat = outputFormat();
        // the calculators load while the reference CSV is read
        CompletableFuture<CalculatorCatalog> loading = CompletableFuture.supplyAsync(catalogOptions::catalog);
        Supplier<CalculatorCatalog> loaded = () -> loaded(loading);
        Map<String, ReferenceCase> cases = reference == null ? Map.of() : MedcalcReferences.load(reference, corrected, loaded);
        CalculatorCatalog catalog = loaded.get();
        boolean answerOnly = compat != null;
        Grader grader = new Grader(answerOnly ? new MedcalcAnswerRules() : null, corrected != null);
        GradeRun<ModelOutput, GradeSummary> run = new GradeRun<>(new CalculatorGrading(outputFormat, grader, !answerOnly,
                reference == null ? null : cases::get, catalog));
        GradeRun.Outcome<GradeSummary> outcome;
        WatchedOutput verdicts = verdictStream();
        try (OutputStream buffered = new BufferedOutputStream(verdicts, 1 << 16)) {
            outcome = run.run(outputs, buffered, ThreadCount.of(threads), new Progress(spec.commandLine().getErr()));
        } catch (IOException | RuntimeException e) {
            if (verdicts.failure() != null) {
                throw new InvalidInputException("--out", (out.toString().equals("-") ? "standard output" : out)
                        + " cannot be written: " + verdicts.failure().getMessage());
            }
            throw e;
        }
        ObjectNode json = outcome.summary().toJson(answerOnly ? "medcalc-compat" : "clinigrade",
                corrected != null ? "corrected where available, else v1.0" : "v1.0", titles(catalog));
        json.put("outputs", outputs.toString());
        json.put("reference", reference == null ? "inline in the records" : reference.toString());
        json.put("clinigrade_version", Version.number());
        if (summary != null) {
            OutputFiles.write("--summary", summary, json.toPrettyString());
        }
        if (html != null) {
            ObjectNode page = json.deepCopy();
            page.put("generated", java.time.LocalDate.now().toString());
            OutputFiles.write("--html", html, HtmlReport.render(page));
        }
        report(json);
        return outcome.exitCode();
    }

    /** the catalog, or what stopped it loading, as if it had been loaded on this thread */
    private static CalculatorCatalog loaded(CompletableFuture<CalculatorCatalog> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void checkOptions() {
        InputFiles.requireExisting(outputs, reference, corrected);
        OutputFiles.requireWritable("--out", out);
        OutputFiles.requireWritable("--summary", summary);
        OutputFiles.requireWritable("--html", html);
        if (compat != null && !compat.equals("medcalc")) {
            throw new InvalidInputException("--compat", "'" + compat + "' is not a rule set (expected medcalc)");
        }
        if (corrected != null && reference == null) {
            throw new InvalidInputException("--corrected", "needs --reference, whose rows the corrected labels relabel");
        }
        ThreadCount.check(threads);
        if (!format.equals("auto") && !format.equals("medcalc") && !format.equals("native")) {
            throw new InvalidInputException("--format", "'" + format + "' is not a format (expected medcalc, native or auto)");
        }
    }

    /**
     * The format of the outputs file, from its first 4 KB unless {@code --format} says; a file with no record, or
     * whose first record is not a JSON object, is not graded line by line into as many invalid verdicts.
     */
    private OutputFormat outputFormat() throws IOException {
        byte[] head = new byte[4096];
        int read;
        try (InputStream in = Files.newInputStream(outputs)) {
            read = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, read, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (start.isEmpty()) {
            throw new InvalidInputException("--outputs", outputs + " has no records to grade (it is empty)");
        }
        if (start.charAt(0) != '{') {
            throw new InvalidInputException("--outputs", outputs + " is not JSON Lines: its first line is not a JSON"
                    + " object (one model output per line, as {\"Row Number\": …} or {\"id\": …})");
        }
        String chosen = !format.equals("auto") ? format : start.contains("\"Row Number\"") ? "medcalc" : "native";
        if (chosen.equals("medcalc") && reference == null) {
            throw new InvalidInputException("--reference", "is required for MedCalc-Bench output files: their records"
                    + " name a Row Number of the test set (test_data_v1.0.csv)");
        }
        return chosen.equals("medcalc") ? new MedcalcOutputs() : new NativeFormat();
    }

    private WatchedOutput verdictStream() throws IOException {
        boolean standardOutput = out.toString().equals("-");
        return new WatchedOutput(standardOutput ? System.out : Files.newOutputStream(out), !standardOutput);
    }

    private static Map<String, String> titles(CalculatorCatalog catalog) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Calculator calculator : catalog.all()) {
            titles.put(calculator.definition().id(), calculator.definition().title());
        }
        return titles;
    }

    private void report(ObjectNode json) {
        PrintWriter err = spec.commandLine().getErr();
        int records = json.get("records").intValue();
        int invalid = json.get("invalid_records").intValue();
        if (json.path("accuracy").isNumber()) {
            // the accuracy is over the records that could be graded: say so, beside how many could not
            err.printf(java.util.Locale.ROOT,
                    "graded %d records: accuracy %.2f%% of %d gradable (95%% CI %.2f–%.2f%%), %d invalid%n",
                    records, 100 * json.get("accuracy").doubleValue(), records - invalid,
                    100 * json.get("accuracy_ci95").get(0).doubleValue(),
                    100 * json.get("accuracy_ci95").get(1).doubleValue(), invalid);
        } else {
            err.printf("graded %d records: none could be graded, %d invalid (their verdicts say why)%n", records, invalid);
        }
        int mismatches = json.path("calculator_mismatches").asInt(0);
        if (mismatches >= 3 && mismatches * 100 >= records) {
            err.printf("warning: %d records name a calculator other than their reference case's: the file may belong to"
                    + " another version of the test set than --reference%n",
                    mismatches);
        }
        err.flush();
    }

    /** progress on stderr at most once a second, for runs long enough to need it */
    private static final class Progress implements LongConsumer {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long lastShown = started;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void accept(long graded) {
            long now = System.nanoTime();
            if (now - lastShown >= 1_000_000_000L) {
                lastShown = now;
                double seconds = (now - started) / 1e9;
                err.printf(java.util.Locale.ROOT, "graded %d records (%.0f/s)%n", graded, graded / seconds);
                err.flush();
            }
        }
    }
}
