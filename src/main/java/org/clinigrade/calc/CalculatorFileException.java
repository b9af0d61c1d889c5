package org.clinigrade.calc;

import org.clinigrade.engine.DefinitionFileException;

/** A calculator file or its rules that cannot be loaded; the message names the file and the field. */
public class CalculatorFileException extends DefinitionFileException {
    public CalculatorFileException(String file, String problem) {
        super(file, problem);
    }
}
