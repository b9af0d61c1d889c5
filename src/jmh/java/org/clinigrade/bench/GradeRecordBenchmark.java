package org.clinigrade.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.grade.Grader;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.NativeFormat;
import org.clinigrade.grade.ReferenceCase;
import org.clinigrade.grade.Verdict;
import org.clinigrade.medcalc.MedcalcAnswerRules;
import org.clinigrade.medcalc.MedcalcOutputs;
import org.clinigrade.medcalc.MedcalcReferences;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One record through the grader, from its bytes to its verdict line: a MedCalc-Bench output line the size of the
 * real ones (a 3,600-character made-up note the reader must skip), graded answer-only with MedCalc-Bench's rules
 * and fully; and a native record with reasoning text, graded fully against an inline reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class GradeRecordBenchmark {

    private byte[] medcalcLine;
    private byte[] nativeLine;
    private Map<String, ReferenceCase> references;
    private final MedcalcOutputs medcalc = new MedcalcOutputs();
    private final NativeFormat nativeFormat = new NativeFormat();
    private final Grader compat = new Grader(new MedcalcAnswerRules(), false);
    private final Grader full = new Grader(null, false);
    private CalculatorCatalog catalog;

    @Setup
    public void load() throws Exception {
        catalog = CalculatorCatalog.bundled();
        references = MedcalcReferences.load(Path.of("testcases/medcalc-bench/sample/test_data.csv"), null, catalog);
        String note = "The patient was seen in clinic and examined. ".repeat(80);
        medcalcLine = ("{\"Row Number\": 1, \"Calculator Name\": \"Body Mass Index (BMI)\", \"Calculator ID\": \"6\", "
                + "\"Category\": \"physical\", \"Note ID\": \"made-up\", \"Patient Note\": \"" + note + "\", "
                + "\"Question\": \"What is the patient's BMI?\", \"LLM Answer\": \"22.9\", \"LLM Explanation\": \"N/A\", "
                + "\"Ground Truth Answer\": \"22.857\", \"Ground Truth Explanation\": \"" + note + "\", \"Result\": \"Correct\"}")
                .getBytes(StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(Path.of("testcases/grading/native-records.jsonl"));
        nativeLine = lines.stream().filter(l -> l.contains("\"reasoning-extraction\"")).findFirst().orElseThrow()
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] medcalcAnswerOnlyCompat() {
        ModelOutput output = medcalc.read(medcalcLine, 0, medcalcLine.length, false);
        return line(compat.grade(output, references.get(output.id())));
    }

    @Benchmark
    public byte[] medcalcFull() {
        ModelOutput output = medcalc.read(medcalcLine, 0, medcalcLine.length, true);
        return line(full.grade(output, references.get(output.id())));
    }

    private static byte[] line(Verdict verdict) {
        return verdict.toLine();
    }

    @Benchmark
    public Verdict nativeWithReasoning() {
        ModelOutput output = nativeFormat.read(nativeLine, 0, nativeLine.length, true);
        ReferenceCase reference = ReferenceCase.computed(output.id(), catalog.find(output.calculator()).orElseThrow(),
                output.reference().entities(), output.reference().label());
        return full.grade(output, reference);
    }
}
