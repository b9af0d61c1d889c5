package org.clinigrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.calc.InvalidInputException;

/** Files named on the command line, checked before any work starts. */
final class InputFiles {

    private InputFiles() {
    }

    /** @param files the files given; null for an option not given */
    static void requireExisting(Path... files) {
        for (Path file : files) {
            if (file != null && Files.isDirectory(file)) {
                throw new InvalidInputException(file.toString(), "is a directory, not a file");
            }
            if (file != null && !Files.isRegularFile(file)) {
                throw new InvalidInputException(file.toString(), "no such file");
            }
        }
    }
}
