package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.Result;
import org.clinigrade.calc.ResultJson;
import org.clinigrade.engine.Step;
import org.clinigrade.units.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calc", mixinStandardHelpOptions = true, header = "Run a calculator on a set of entities.",
        description = {"Reads an entities object (MedCalc-Bench 'Relevant Entities' names or the calculator's own keys;",
                "quantities as [value, \"unit\"]) and prints the value with every step that produced it.",
                "Exit codes: 0 ok, 2 invalid input (one line on stderr naming the field), 1 internal error."})
final class CalcCommand implements Callable<Integer> {

    @Mixin
    CalculatorChoice choice;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON file of entities, or - for standard input.")
    String input;

    @Option(names = "--json", description = "Print one JSON object: calculator, medcalc_id, value, unit, interpretation, steps, warnings.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Calculator calculator = choice.calculator();
        Result result = calculator.evaluate(EntitiesFile.read(input, System.in));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultJson.of(result, calculator.definition().output().decimals()));
        } else {
            printReadable(out, calculator, result);
        }
        out.flush();
        return 0;
    }

    private static void printReadable(PrintWriter out, Calculator calculator, Result result) {
        var definition = calculator.definition();
        out.println(definition.title() + "  [" + definition.id()
                + (definition.medcalcId() == null ? "" : ", MedCalc-Bench " + definition.medcalcId()) + "]");
        for (Step step : result.steps()) {
            out.println("  " + step.name() + ": " + step.detail());
        }
        String value = result.value() instanceof Double number ? Numbers.format(number)
                : ResultJson.value(result.value(), 0).asString(result.value().toString());
        out.println("= " + value + (result.unit().isEmpty() ? "" : " " + result.unit())
                + (result.interpretation() == null ? "" : "  (" + result.interpretation() + ")"));
        result.warnings().forEach(w -> out.println("warning: " + w));
    }
}
