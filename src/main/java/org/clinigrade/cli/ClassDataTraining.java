package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the build records the class-data archive from ({@code bin/clinigrade} maps it at start, so a short run
 * loads its classes ready-parsed and verified instead of from the jar). The archive holds only what this one process
 * loaded, so it runs several commands, one of each kind of short run: the calculators (and with them Drools), the
 * conformance run, rubric checks, chest X-ray indices, grading.
 *
 * <p>Arguments: command lines separated by {@code +}. Every command must end with 0, or 3 (graded, some records not
 * gradable: the sample files keep such records so that their classes are recorded too); anything else ends the run
 * with that code, so an archive never silently lacks what it was meant to hold.
 */
public final class ClassDataTraining {

    static final String SEPARATOR = "+";

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** runs each command in turn; the exit code of the first that failed, else 0 */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        for (List<String> command : commands(args)) {
            String[] arguments = command.toArray(String[]::new);
            int code = Clinigrade.commandLine(arguments).setOut(out).setErr(err).execute(arguments);
            if (code != 0 && code != 3) {
                err.println("class-data training: '" + String.join(" ", command) + "' ended with " + code);
                return code;
            }
        }
        return 0;
    }

    static List<List<String>> commands(String... args) {
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String argument : args) {
            if (argument.equals(SEPARATOR)) {
                commands.add(current);
                current = new ArrayList<>();
            } else {
                current.add(argument);
            }
        }
        commands.add(current);
        return commands.stream().filter(command -> !command.isEmpty()).toList();
    }
}
