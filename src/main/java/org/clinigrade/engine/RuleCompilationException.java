package org.clinigrade.engine;

/** A rule file that does not compile; the message names the file, the line and what is wrong. */
public class RuleCompilationException extends RuntimeException {
    public RuleCompilationException(String message) {
        super(message);
    }
}
