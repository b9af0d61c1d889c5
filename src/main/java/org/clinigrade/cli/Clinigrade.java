package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.cxr.IndexInputException;
import org.clinigrade.engine.DefinitionFileException;
import org.clinigrade.engine.RuleCompilationException;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "clinigrade", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Clinical calculators as rules, with every step shown.",
        description = "Runs MedCalc-Bench calculators defined as files plus Drools rules.")
public final class Clinigrade {

    /** the subcommands, in the order help lists them */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("list", ListCommand::new);
        SUBCOMMANDS.put("describe", DescribeCommand::new);
        SUBCOMMANDS.put("calc", CalcCommand::new);
        SUBCOMMANDS.put("grade", GradeCommand::new);
        SUBCOMMANDS.put("medcalc-bench", MedcalcBenchCommand::new);
        SUBCOMMANDS.put("rubric", RubricCommand::new);
        SUBCOMMANDS.put("chexstruct", ChexstructCommand::new);
        SUBCOMMANDS.put("cxr", CxrCommand::new);
        SUBCOMMANDS.put("serve", ServeCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** exit code for input that cannot be used (picocli's usage code) */
    static final int INVALID_INPUT = CommandLine.ExitCode.USAGE;
    static final int INTERNAL_ERROR = CommandLine.ExitCode.SOFTWARE;

    public static void main(String[] args) {
        // every command reads JSON, and Jackson's first mapper costs some 70 ms of setting up its classes: that is
        // done on the other core while picocli reads the command line
        Thread jackson = new Thread(() -> JsonMapper.builder().build(), "json-set-up");
        jackson.setDaemon(true);
        jackson.start();
        CommandLine line = commandLine(args);
        PrintWriter out = new PrintWriter(System.out, true);
        line.setOut(out);
        int code = line.execute(args);
        System.exit(written(out, line.getErr(), code));
    }

    /** A result that could not be written (a full disk, a closed pipe) is a failure, never a silent exit 0. */
    static int written(PrintWriter out, PrintWriter err, int code) {
        if (out.checkError()) {
            err.println("output error: standard output could not be written");
            // lost output outweighs a run's own outcome (3: some records invalid); an input error already said why
            return code == INVALID_INPUT ? code : INTERNAL_ERROR;
        }
        return code;
    }

    /**
     * The command line for these arguments. Reading a command's annotations is most of picocli's start, so a run
     * that names its subcommand first gets only that one; any other (help, a mistake) gets them all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new Clinigrade());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            line.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        return line.setExecutionExceptionHandler(Clinigrade::handle).setParameterExceptionHandler(Clinigrade::handleUsage);
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
        if (e instanceof InvalidInputException || e instanceof IndexInputException) {
            err.println("invalid input: " + e.getMessage());
            return INVALID_INPUT;
        }
        if (e instanceof DefinitionFileException || e instanceof RuleCompilationException) {
            err.println("calculator error: " + e.getMessage());
            return INTERNAL_ERROR;
        }
        err.println("internal error: " + e);
        return INTERNAL_ERROR;
    }
}
