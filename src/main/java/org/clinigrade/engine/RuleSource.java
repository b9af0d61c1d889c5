package org.clinigrade.engine;

/** The text of one DRL file and where it came from, for error messages. */
public record RuleSource(String path, String text) {
}
