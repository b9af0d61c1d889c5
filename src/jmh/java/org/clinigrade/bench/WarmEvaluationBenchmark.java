package org.clinigrade.bench;

import java.util.concurrent.TimeUnit;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/** One warm evaluation per calculator: the engine against plain Java, both from the entities' JSON text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class WarmEvaluationBenchmark {

    @Param({"cockcroft-gault", "cha2ds2-vasc"})
    public String calculatorId;

    private BenchmarkCase benchmarkCase;
    private JsonMapper json;
    private Calculator calculator;
    /** read from a field, as JMH advises, so the input is no compile-time constant the JIT could fold */
    private String entities;
    private Object parsed;

    @Setup
    public void compileAndCheck() {
        benchmarkCase = BenchmarkCase.of(calculatorId);
        json = JsonMapper.builder().build();
        entities = benchmarkCase.entities;
        calculator = EngineFixture.compiled(calculatorId, json.readTree(entities));
        parsed = benchmarkCase.parse(json.readTree(entities));
        EngineFixture.requireAgreement(calculatorId, engine().number(), plainJava(), benchmarkCase.expected,
                calculator.definition().output().decimals());
    }

    /** parse, entity reading and defaults, unit conversion, bounds, a pooled Drools session, the trace */
    @Benchmark
    public Result engine() {
        return calculator.evaluate(json.readTree(entities));
    }

    /** the same parse and unit conversions, then the calculator in Java */
    @Benchmark
    public double plainJava() {
        return benchmarkCase.formula(benchmarkCase.parse(json.readTree(entities)));
    }

    /** the calculator alone, on inputs already parsed and converted */
    @Benchmark
    public double plainFormula() {
        return benchmarkCase.formula(parsed);
    }
}
