package org.clinigrade.rubric.facts;

/** A number written in the response, as written, and where it starts (in characters). */
public record NumberStated(double value, String text, int offset) {
}
