package org.clinigrade.engine.facts;

/** A yes/no criterion: a history, a sign, a symptom. */
public record Finding(String name, boolean present) {
}
