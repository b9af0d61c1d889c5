package org.clinigrade.bench;

import java.util.concurrent.TimeUnit;
import org.clinigrade.bench.PlainJavaFormulas.CockcroftGaultInputs;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.Result;
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
import tools.jackson.databind.json.JsonMapper;

/** Cockcroft-Gault (MedCalc-Bench 2), warm: engine against plain Java, from the entities' JSON text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CockcroftGaultBenchmark {

    private static final String ID = "cockcroft-gault";

    private JsonMapper json;
    private Calculator calculator;
    /** read from a field, as JMH advises, so the input is no compile-time constant the JIT could fold */
    private String entities;
    private CockcroftGaultInputs parsed;

    @Setup
    public void compileAndCheck() {
        json = JsonMapper.builder().build();
        entities = BenchmarkInputs.COCKCROFT_GAULT;
        calculator = EngineFixture.compiled(ID, json.readTree(entities));
        parsed = PlainJavaEntities.cockcroftGault(json.readTree(entities));
        EngineFixture.requireAgreement(ID, engine().value(), plainJava(), BenchmarkInputs.COCKCROFT_GAULT_ML_PER_MIN,
                calculator.definition().output().decimals());
    }

    /** parse, entity reading, unit conversion, schema check, a stateless Drools session, the trace */
    @Benchmark
    public Result engine() {
        return calculator.evaluate(json.readTree(entities));
    }

    /** the same parse and unit conversions, then the formula in Java */
    @Benchmark
    public double plainJava() {
        return PlainJavaFormulas.creatinineClearance(PlainJavaEntities.cockcroftGault(json.readTree(entities)));
    }

    /** the formula alone, on inputs already parsed and converted */
    @Benchmark
    public double plainFormula() {
        return PlainJavaFormulas.creatinineClearance(parsed);
    }
}
