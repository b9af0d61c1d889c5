package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinigrade.calc.Band;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.InputSpec;
import org.clinigrade.calc.Reference;
import org.clinigrade.units.Numbers;
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
            print(out, d);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, CalculatorDefinition d) {
        out.println(d.title());
        out.println("  id " + d.id() + (d.medcalcId() == null ? "" : ", MedCalc-Bench " + d.medcalcId())
                + ", category " + d.category());
        if (!d.description().isEmpty()) {
            out.println("  " + d.description());
        }
        out.println("Inputs:");
        for (InputSpec input : d.inputs()) {
            out.println("  " + input.key() + " — " + input.title() + ": " + input.expected()
                    + (input.required() ? ", required" : input.defaultValue() != null ? ", default " + input.defaultValue() : ", optional"));
            if (!input.entities().isEmpty()) {
                out.println("      MedCalc-Bench: " + String.join(" | ", input.entities()));
            }
        }
        out.println("Output: " + (d.output().isNumber()
                ? (d.output().unit().isEmpty() ? "a number without unit" : d.output().unit()) + ", " + d.output().decimals() + " decimals"
                : d.output().type().equals("date") ? "a date (MM/DD/YYYY)" : "weeks and days"));
        for (Band band : d.interpretation()) {
            out.println("  " + bound(band.from()) + " to " + (band.below() == null ? "∞" : "< " + Numbers.format(band.below()))
                    + ": " + band.label());
        }
        if (!d.conventions().isEmpty()) {
            out.println("Conventions:");
            d.conventions().forEach(c -> out.println("  - " + c));
        }
        out.println("References:");
        for (Reference r : d.references()) {
            out.println("  " + r.citation() + (r.doi() == null ? "" : " doi:" + r.doi())
                    + (r.pmid() == null ? "" : " PMID:" + r.pmid()));
        }
    }

    private static String bound(Double from) {
        return from == null ? "−∞" : "≥ " + Numbers.format(from);
    }
}
