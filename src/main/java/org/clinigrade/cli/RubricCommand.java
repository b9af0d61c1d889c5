package org.clinigrade.cli;

import picocli.CommandLine.Command;

/** Rubrics: one subcommand a line in {@code subcommands}. */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        header = "Grade open-ended answers with weighted rubrics (HealthBench records, or native rubric files).",
        subcommands = {
                RubricListCommand.class,
                RubricDescribeCommand.class,
                RubricCheckCommand.class,
                RubricGradeCommand.class,
        })
final class RubricCommand {
}
