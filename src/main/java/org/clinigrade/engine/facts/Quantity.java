package org.clinigrade.engine.facts;

/** A number in the canonical unit its calculator file gives (age in years, creatinine in mg/dL), or one a rule derived. */
public record Quantity(String name, double value) {
}
