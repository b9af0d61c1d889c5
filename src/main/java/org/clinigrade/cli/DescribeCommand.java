package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.DefinitionText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "describe", mixinStandardHelpOptions = true, header = "Show a calculator's inputs, output and references.")
final class DescribeCommand implements Callable<Integer> {

    @Mixin
    CalculatorChoice choice;

    @Option(names = "--json", description = "Print the calculator file as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CalculatorDefinition d = choice.calculator().definition();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(d.file());
        } else {
            DefinitionText.lines(d).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
