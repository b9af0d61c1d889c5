package org.clinigrade.units;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one table of molar masses (g/mol) and valences used to move between mass, molar and equivalent
 * concentrations. Values are the standard atomic-weight sums; the clinical conversion factors follow from them
 * (creatinine 88.4 µmol/L per mg/dL, bilirubin 17.1 µmol/L per mg/dL, calcium 0.2495 mmol/L per mg/dL).
 */
public enum Substance {
    CREATININE("creatinine", 113.12, 0),
    UREA_NITROGEN("urea nitrogen", 28.0134, 0),
    GLUCOSE("glucose", 180.156, 0),
    SODIUM("sodium", 22.990, 1),
    POTASSIUM("potassium", 39.098, 1),
    CHLORIDE("chloride", 35.453, 1),
    BICARBONATE("bicarbonate", 61.017, 1),
    CALCIUM("calcium", 40.078, 2),
    MAGNESIUM("magnesium", 24.305, 2),
    BILIRUBIN("bilirubin", 584.66, 0),
    ALBUMIN("albumin", 66_500, 0),
    CHOLESTEROL("cholesterol", 386.65, 0),
    TRIGLYCERIDES("triglycerides", 885.7, 0);

    private final String label;
    private final double molarMass;
    private final int valence;

    Substance(String label, double molarMass, int valence) {
        this.label = label;
        this.molarMass = molarMass;
        this.valence = valence;
    }

    public String label() { return label; }

    public double molarMass() { return molarMass; }

    /** charge per particle; 0 where equivalents make no sense (uncharged molecules) */
    public int valence() { return valence; }

    public static Optional<Substance> byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label.trim())).findFirst();
    }
}
