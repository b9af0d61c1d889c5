package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.DefinitionText;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexText;
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
        PrintWriter out = spec.commandLine().getOut();
        Optional<CxrIndex> index = choice.index();
        if (index.isPresent()) {
            if (json) {
                out.println(index.get().definition().file());
            } else {
                IndexText.lines(index.get().definition()).forEach(out::println);
            }
            out.flush();
            return 0;
        }
        CalculatorDefinition d = choice.calculator().definition();
        if (json) {
            out.println(d.file());
        } else {
            DefinitionText.lines(d).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
