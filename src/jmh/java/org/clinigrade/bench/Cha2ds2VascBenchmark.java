package org.clinigrade.bench;

import java.util.concurrent.TimeUnit;
import org.clinigrade.bench.PlainJavaFormulas.Cha2ds2VascInputs;
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

/** CHA2DS2-VASc (MedCalc-Bench 4), warm: engine against plain Java, from the entities' JSON text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class Cha2ds2VascBenchmark {

    private static final String ID = "cha2ds2-vasc";

    private JsonMapper json;
    private Calculator calculator;
    /** read from a field, as JMH advises, so the input is no compile-time constant the JIT could fold */
    private String entities;
    private Cha2ds2VascInputs parsed;

    @Setup
    public void compileAndCheck() {
        json = JsonMapper.builder().build();
        entities = BenchmarkInputs.CHA2DS2_VASC;
        calculator = EngineFixture.compiled(ID, json.readTree(entities));
        parsed = PlainJavaEntities.cha2ds2Vasc(json.readTree(entities));
        EngineFixture.requireAgreement(ID, engine().value(), plainJava(), BenchmarkInputs.CHA2DS2_VASC_POINTS,
                calculator.definition().output().decimals());
    }

    /** parse, entity reading and defaults, unit conversion, schema check, a stateless Drools session, the trace */
    @Benchmark
    public Result engine() {
        return calculator.evaluate(json.readTree(entities));
    }

    /** the same parse and unit conversions, then the scoring in Java */
    @Benchmark
    public int plainJava() {
        return PlainJavaFormulas.cha2ds2Vasc(PlainJavaEntities.cha2ds2Vasc(json.readTree(entities)));
    }

    /** the scoring alone, on inputs already parsed and converted */
    @Benchmark
    public int plainFormula() {
        return PlainJavaFormulas.cha2ds2Vasc(parsed);
    }
}
