package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinigrade.rubric.Rubric;
import org.clinigrade.rubric.RubricFiles;
import org.clinigrade.rubric.RubricText;
import org.clinigrade.rubric.RuleChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "describe", aliases = "show", mixinStandardHelpOptions = true,
        header = "Show a rubric's criteria and how each is decided, or (--drl) the rules it compiles to.")
final class RubricDescribeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUBRIC", description = "A shipped rubric's id, or a rubric file.")
    String rubric;

    @Option(names = "--drl", description = "Print the rules the rubric's deterministic criteria become (made only"
            + " through the fixed templates of rubrics/templates).")
    boolean drl;

    @Mixin
    TrustedOption trustedOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rubric each : RubricFiles.find(rubric, trustedOption.trusted)) {
            if (drl) {
                String rules = RuleChecks.of(each).drl();
                out.print(rules.isEmpty() ? "// " + each.id() + ": every criterion is judged; no rules\n" : rules);
            } else {
                RubricText.lines(each).forEach(out::println);
            }
        }
        out.flush();
        return 0;
    }
}
