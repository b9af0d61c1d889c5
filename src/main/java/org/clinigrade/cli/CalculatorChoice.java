package org.clinigrade.cli;

import java.util.Optional;
import org.clinigrade.calc.Calculator;
import org.clinigrade.cxr.CxrIndex;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The CALCULATOR argument of a command that works on one calculator, and where calculators come from. */
final class CalculatorChoice {

    @Parameters(index = "0", paramLabel = "CALCULATOR",
            description = "Calculator id (e.g. cockcroft-gault) or MedCalc-Bench Calculator ID (e.g. 2).")
    String calculatorId;

    @Mixin
    CatalogOptions catalogOptions;

    /** the chest X-ray index the argument names, if it names one and no calculator */
    Optional<CxrIndex> index() {
        return catalogOptions.index(calculatorId);
    }

    Calculator calculator() {
        return catalogOptions.calculator(calculatorId);
    }
}
