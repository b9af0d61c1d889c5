package org.clinigrade.units;

/** What a unit measures. A unit string is always read in the context of the dimension the input expects. */
public enum Dimension {
    MASS,
    LENGTH,
    TEMPERATURE,
    AGE,
    /** amount of a substance per volume: mass, moles or equivalents over a volume */
    CONCENTRATION,
    /** cells per volume (platelets, white cells) */
    COUNT,
    PRESSURE,
    /** beats or breaths per minute */
    RATE,
    DURATION,
    PERCENT,
    /** enzyme activity per volume (U/L) */
    ACTIVITY,
    /** a ratio or a quantity that carries no unit (INR, pH, a score) */
    NONE
}
