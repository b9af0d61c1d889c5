package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinigrade.rubric.Rubric;
import org.clinigrade.rubric.RubricFiles;
import org.clinigrade.rubric.RubricText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true, header = "List the shipped rubrics.")
final class RubricListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rubric rubric : RubricFiles.bundled()) {
            out.printf("%-26s %s; %s%n", rubric.id(), rubric.title(), RubricText.counts(rubric));
        }
        out.flush();
        return 0;
    }
}
