package org.clinigrade.bench;

/** The patients the benchmarks evaluate, as MedCalc-Bench writes entities, and what the calculators should give. */
final class BenchmarkInputs {

    static final String COCKCROFT_GAULT = """
            {"age": [74, "years"], "sex": "Male", "weight": [176, "lbs"], "height": [5, "ft", 9, "in"],
             "creatinine": [120, "µmol/L"]}""";

    /** BMI 26.0 (overweight), so the adjusted body weight of 74.35 kg; 1.357 mg/dL creatinine */
    static final double COCKCROFT_GAULT_ML_PER_MIN = 50.21;

    static final String CHA2DS2_VASC = """
            {"age": [72, "years"], "sex": "Female", "Hypertension history": true, "Diabetes history": false,
             "Congestive Heart Faliure": false, "Stroke": true, "Transient Ischemic Attacks History": false,
             "Thromboembolism history": false, "Vascular disease history": true}""";

    /** age 65–74 (1) + female (1) + hypertension (1) + stroke (2) + vascular disease (1) */
    static final int CHA2DS2_VASC_POINTS = 6;

    private BenchmarkInputs() {
    }

    static String entitiesOf(String calculatorId) {
        return switch (calculatorId) {
            case "cockcroft-gault" -> COCKCROFT_GAULT;
            case "cha2ds2-vasc" -> CHA2DS2_VASC;
            default -> throw new IllegalArgumentException("no benchmark input for " + calculatorId);
        };
    }
}
