package org.clinigrade.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.grade.CalculatorGrading;
import org.clinigrade.grade.GradeSummary;
import org.clinigrade.grade.Grader;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.ReferenceCase;
import org.clinigrade.lines.GradeRun;
import org.clinigrade.medcalc.MedcalcAnswerRules;
import org.clinigrade.medcalc.MedcalcOutputs;
import org.clinigrade.medcalc.MedcalcReferences;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole real output file (MedCalc-Bench's gpt-4o-mini direct answers, 1,047 lines, 4 MB) graded on one thread,
 * answer-only with MedCalc-Bench's rules, as {@code grade --compat medcalc} does once warm: reading the lines,
 * grading, writing the verdicts (to nowhere) and counting the summary. Reported per record. Run from the project
 * folder, with the shared data beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class GradeFileBenchmark {

    private static final Path SHARED = Path.of("../shared/data/medcalc-bench");
    private static final int RECORDS = 1047;

    private GradeRun<ModelOutput, GradeSummary> run;
    private final Path outputs = SHARED.resolve("model-outputs/openai_gpt-4o-mini_direct_answer.jsonl");

    @Setup
    public void load() throws Exception {
        CalculatorCatalog catalog = CalculatorCatalog.bundled();
        Map<String, ReferenceCase> cases = MedcalcReferences.load(SHARED.resolve("test_data_v1.0.csv"), null, catalog);
        run = new GradeRun<>(new CalculatorGrading(new MedcalcOutputs(), new Grader(new MedcalcAnswerRules(), false), false,
                cases::get, catalog));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public GradeSummary compatFile() throws Exception {
        return run.run(outputs, OutputStream.nullOutputStream(), 1, graded -> { }).summary();
    }
}
