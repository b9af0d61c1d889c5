package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.Result;
import org.clinigrade.calc.ResultJson;
import org.clinigrade.calc.ResultText;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexResult;
import org.clinigrade.cxr.IndexResultJson;
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
        Optional<CxrIndex> index = choice.index();
        if (index.isPresent()) {
            return index(index.get());
        }
        Calculator calculator = choice.calculator();
        Result result = calculator.evaluate(EntitiesFile.read(input, System.in));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultJson.of(result, calculator.definition().output().decimals()));
        } else {
            ResultText.lines(calculator.definition(), result).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private int index(CxrIndex index) {
        IndexResult result = index.evaluate(EntitiesFile.read(input, System.in));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(IndexResultJson.of(index.definition(), result));
        } else {
            IndexResultJson.lines(index.definition(), result).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
