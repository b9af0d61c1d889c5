package org.clinigrade.rubric.facts;

/** The first match of a criterion's pattern in the response, and where it starts (in characters). */
public record PatternFound(String criterion, String text, int offset) {

    public String evidence() {
        return "'" + text + "' at " + offset;
    }
}
