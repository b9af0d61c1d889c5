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
    /** a hormone in international units per volume (insulin in µIU/mL); pmol/L is read with insulin's 6 pmol per µIU */
    INTERNATIONAL_UNITS,
    /** weight per height squared (BMI, target BMI) */
    BODY_MASS_INDEX,
    /** a volume per day (urine output) */
    VOLUME_PER_DAY,
    /** a drug infusion rate per kg of body weight (vasopressors) */
    DOSE_RATE,
    /** a drug delivered continuously (a transdermal patch in µg/h) */
    DELIVERY_RATE,
    /** how many times a day a dose is taken */
    DOSES_PER_DAY,
    /** a ratio or a quantity that carries no unit (INR, pH, a score) */
    NONE
}
