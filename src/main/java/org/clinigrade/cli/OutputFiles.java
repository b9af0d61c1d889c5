package org.clinigrade.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.calc.InvalidInputException;

/**
 * Files a command writes, checked before any work starts, so a mistyped folder costs a second, not a whole run;
 * and written so that a failure (a full disk) names the option, not an exception.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** @param file the path given to {@code option}; null for an option not given, "-" for standard output */
    static void requireWritable(String option, Path file) {
        if (file == null || file.toString().equals("-")) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(option, file + " is a directory, not a file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException(option, file + ": no such folder " + folder);
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(folder)) {
            throw new InvalidInputException(option, file + " cannot be written (permission denied)");
        }
    }

    /** @throws InvalidInputException naming {@code option} if the text cannot be written */
    static void write(String option, Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new InvalidInputException(option, file + " cannot be written: " + e.getMessage());
        }
    }
}
