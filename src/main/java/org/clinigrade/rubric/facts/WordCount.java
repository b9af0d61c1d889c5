package org.clinigrade.rubric.facts;

/** How many words the response has (runs of characters between white space). */
public record WordCount(int count) {
}
