package org.clinigrade.bench;

/**
 * The two calculators written directly in Java, as the baseline the rule engine is measured against. Inputs are
 * already in canonical units; {@link PlainJavaEntities} gets them there from MedCalc-Bench entities.
 */
final class PlainJavaFormulas {

    record CockcroftGaultInputs(double ageYears, boolean female, double weightKg, double heightCm,
                                double creatinineMgPerDl) {
    }

    record Cha2ds2VascInputs(double ageYears, boolean female, boolean congestiveHeartFailure, boolean hypertension,
                             boolean diabetes, boolean strokeTiaOrThromboembolism, boolean vascularDisease) {
    }

    private PlainJavaFormulas() {
    }

    /** mL/min, with the weight chosen by BMI as in rules/calculators/cockcroft-gault.drl */
    static double creatinineClearance(CockcroftGaultInputs in) {
        double metres = in.heightCm() / 100;
        double bmi = in.weightKg() / (metres * metres);
        double idealKg = (in.female() ? 45.5 : 50) + 2.3 * (in.heightCm() / 2.54 - 60);
        double weightKg = bmi < 18.5 ? in.weightKg()
                : bmi < 25 ? Math.min(idealKg, in.weightKg())
                : idealKg + 0.4 * (in.weightKg() - idealKg);
        return (140 - in.ageYears()) * weightKg * (in.female() ? 0.85 : 1) / (72 * in.creatinineMgPerDl());
    }

    static int cha2ds2Vasc(Cha2ds2VascInputs in) {
        int points = 0;
        points += in.congestiveHeartFailure() ? 1 : 0;
        points += in.hypertension() ? 1 : 0;
        points += in.ageYears() >= 75 ? 2 : in.ageYears() >= 65 ? 1 : 0;
        points += in.diabetes() ? 1 : 0;
        points += in.strokeTiaOrThromboembolism() ? 2 : 0;
        points += in.vascularDisease() ? 1 : 0;
        points += in.female() ? 1 : 0;
        return points;
    }
}
