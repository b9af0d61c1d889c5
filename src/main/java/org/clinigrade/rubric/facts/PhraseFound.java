package org.clinigrade.rubric.facts;

/**
 * One occurrence of a criterion's phrase in the response.
 *
 * @param phrase   as the rubric writes it
 * @param text     as the response writes it
 * @param offset   where it starts, in characters from the start of the response
 * @param negation the negation whose window holds it ("do not"), or null when it is stated
 */
public record PhraseFound(String criterion, String phrase, String text, int offset, String negation) {

    /** {@code 'aspirin' at 57}, and the negation when there is one */
    public String evidence() {
        return "'" + text + "' at " + offset + (negation == null ? "" : ", negated by '" + negation + "'");
    }
}
