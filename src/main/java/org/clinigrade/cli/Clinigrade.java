package org.clinigrade.cli;

import java.io.PrintWriter;
import org.clinigrade.calc.CalculatorFileException;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.engine.RuleCompilationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "clinigrade", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Clinical calculators as rules, with every step shown.",
        description = "Runs MedCalc-Bench calculators defined as files plus Drools rules.",
        subcommands = {ListCommand.class, DescribeCommand.class, CalcCommand.class, GradeCommand.class,
                MedcalcBenchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Clinigrade {

    /** exit code for input that cannot be used (picocli's usage code) */
    static final int INVALID_INPUT = CommandLine.ExitCode.USAGE;
    static final int INTERNAL_ERROR = CommandLine.ExitCode.SOFTWARE;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Clinigrade())
                .setExecutionExceptionHandler(Clinigrade::handle)
                .setParameterExceptionHandler(Clinigrade::handleUsage);
    }

    /** a mistake on the command line itself: one line, and where to look, instead of the whole usage text */
    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("invalid usage: " + e.getMessage() + " (see '" + command.getCommandSpec().qualifiedName()
                + " --help')");
        return INVALID_INPUT;
    }

    /** every failure is one line on stderr; the exit code says whose fault it was */
    private static int handle(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidInputException) {
            err.println("invalid input: " + e.getMessage());
            return INVALID_INPUT;
        }
        if (e instanceof CalculatorFileException || e instanceof RuleCompilationException) {
            err.println("calculator error: " + e.getMessage());
            return INTERNAL_ERROR;
        }
        err.println("internal error: " + e);
        return INTERNAL_ERROR;
    }
}
