package org.clinigrade.engine.facts;

/** One of an input's fixed options, in its canonical spelling (sex "female", ascites "slight"). */
public record Choice(String name, String option) {
}
