package org.clinigrade.bench;

import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import tools.jackson.databind.JsonNode;

/** What each benchmark's setup needs so that its figures are of warm evaluations and its comparison is honest. */
final class EngineFixture {

    private EngineFixture() {
    }

    /** a bundled calculator that has evaluated {@code sample} once, so its rules are compiled before measuring */
    static Calculator compiled(String calculatorId, JsonNode sample) {
        Calculator calculator = CalculatorCatalog.bundled().find(calculatorId).orElseThrow();
        calculator.evaluate(sample);
        return calculator;
    }

    /**
     * @param decimals the engine's rounding of its result
     * @throws IllegalStateException if the engine, plain Java and the hand-computed value disagree beyond it
     */
    static void requireAgreement(String calculatorId, double engine, double plain, double expected, int decimals) {
        double halfLastDigit = 0.5 * Math.pow(10, -decimals) + 1e-9;
        if (Math.abs(engine - plain) > halfLastDigit || Math.abs(engine - expected) > 0.01) {
            throw new IllegalStateException(calculatorId + ": engine gave " + engine + ", plain Java " + plain
                    + ", expected " + expected);
        }
    }
}
