package org.clinigrade.bench;

import java.util.Arrays;
import tools.jackson.databind.JsonNode;

/**
 * The patients the benchmarks evaluate, as MedCalc-Bench writes entities, what the calculators should give, and
 * the plain-Java version of each calculator that the engine is measured against.
 */
enum BenchmarkCase {

    /** BMI 26.0 (overweight), so the adjusted body weight of 74.35 kg; 1.357 mg/dL creatinine */
    COCKCROFT_GAULT("cockcroft-gault", 50.21, """
            {"age": [74, "years"], "sex": "Male", "weight": [176, "lbs"], "height": [5, "ft", 9, "in"],
             "creatinine": [120, "µmol/L"]}""") {
        @Override
        Object parse(JsonNode entities) {
            return PlainJavaEntities.cockcroftGault(entities);
        }

        @Override
        double formula(Object parsed) {
            return PlainJavaFormulas.creatinineClearance((PlainJavaFormulas.CockcroftGaultInputs) parsed);
        }
    },

    /** age 65–74 (1) + female (1) + hypertension (1) + stroke (2) + vascular disease (1) */
    CHA2DS2_VASC("cha2ds2-vasc", 6, """
            {"age": [72, "years"], "sex": "Female", "Hypertension history": true, "Diabetes history": false,
             "Congestive Heart Faliure": false, "Stroke": true, "Transient Ischemic Attacks History": false,
             "Thromboembolism history": false, "Vascular disease history": true}""") {
        @Override
        Object parse(JsonNode entities) {
            return PlainJavaEntities.cha2ds2Vasc(entities);
        }

        @Override
        double formula(Object parsed) {
            return PlainJavaFormulas.cha2ds2Vasc((PlainJavaFormulas.Cha2ds2VascInputs) parsed);
        }
    };

    final String calculatorId;
    final double expected;
    final String entities;

    BenchmarkCase(String calculatorId, double expected, String entities) {
        this.calculatorId = calculatorId;
        this.expected = expected;
        this.entities = entities;
    }

    /** the same entity reading and unit conversions as the engine, in plain Java */
    abstract Object parse(JsonNode entities);

    /** the calculator in plain Java, on parsed inputs */
    abstract double formula(Object parsed);

    static BenchmarkCase of(String calculatorId) {
        return Arrays.stream(values()).filter(c -> c.calculatorId.equals(calculatorId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no benchmark case for " + calculatorId));
    }
}
