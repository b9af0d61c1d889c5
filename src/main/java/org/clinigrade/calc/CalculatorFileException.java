package org.clinigrade.calc;

/** A calculator file or its rules that cannot be loaded; the message names the file and the field. */
public class CalculatorFileException extends RuntimeException {
    public CalculatorFileException(String file, String problem) {
        super(file + ": " + problem);
    }
}
