package org.clinigrade.cli;

import picocli.CommandLine.Command;

@Command(name = "cxr", mixinStandardHelpOptions = true,
        header = "Grade CXReasonBench's chest X-ray reasoning stage by stage, and compute its metrics.",
        subcommands = {CxrGradeCommand.class, CxrMetricsCommand.class})
final class CxrCommand {
}
