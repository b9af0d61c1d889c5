package org.clinigrade.cli;

import org.clinigrade.calc.Calculator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The CALCULATOR argument of a command that works on one calculator, and where calculators come from. */
final class CalculatorChoice {

    @Parameters(index = "0", paramLabel = "CALCULATOR",
            description = "Calculator id (e.g. cockcroft-gault) or MedCalc-Bench Calculator ID (e.g. 2).")
    String calculatorId;

    @Mixin
    CatalogOptions catalogOptions;

    Calculator calculator() {
        return catalogOptions.calculator(calculatorId);
    }
}
