package org.clinigrade.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.rubric.Rubric;
import org.clinigrade.rubric.RubricFiles;
import org.clinigrade.rubric.RubricText;
import org.clinigrade.rubric.RuleChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check a rubric file (or a folder of them): its schema, ids, patterns, calculators, and its rules compiled.",
        description = {"Exit codes: 0 valid, 2 the first fault, named with its file, JSON Pointer and field."})
final class RubricCheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", description = "A rubric file, a HealthBench JSONL file, or a folder of them.")
    Path file;

    @Mixin
    TrustedOption trustedOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(file)) {
            throw new InvalidInputException(file.toString(), "no such file or folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Rubric rubric : RubricFiles.each(file, trustedOption.trusted)) {
            RuleChecks.RuleCount rules = RuleChecks.of(rubric).compile();
            out.println(rubric.source() + ": valid; " + RubricText.counts(rubric) + ", "
                    + RubricText.scheme(rubric.scheme()) + "; " + rules.fromTemplates() + " rules compiled from the fixed"
                    + " templates" + (rules.handWritten() == 0 ? ""
                    : ", " + rules.handWritten() + " hand-written (" + rubric.handWritten().display() + ")"));
        }
        out.flush();
        return 0;
    }
}
