package org.clinigrade.bench;

import java.util.concurrent.TimeUnit;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * One evaluation from nothing, as a single CLI call does it: catalog load, rule compilation, evaluation. With the
 * defaults below every sample is the first call in a fresh JVM; run with warmup iterations instead to see the
 * cost of a fresh catalog in a JVM that is already warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    @Param({"cockcroft-gault", "cha2ds2-vasc"})
    public String calculatorId;

    @Benchmark
    public Result loadCompileAndEvaluate() {
        JsonMapper json = JsonMapper.builder().build();
        return CalculatorCatalog.bundled().find(calculatorId).orElseThrow()
                .evaluate(json.readTree(BenchmarkCase.of(calculatorId).entities));
    }
}
