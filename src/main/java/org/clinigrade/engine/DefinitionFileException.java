package org.clinigrade.engine;

/**
 * A definition file (a calculator, an index, a rubric) or a rule file or folder that cannot be loaded; the message
 * names the file and the field or problem.
 */
public class DefinitionFileException extends RuntimeException {
    public DefinitionFileException(String file, String problem) {
        super(file + ": " + problem);
    }
}
