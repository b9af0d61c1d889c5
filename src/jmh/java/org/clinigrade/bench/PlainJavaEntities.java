package org.clinigrade.bench;

import java.util.Locale;
import org.clinigrade.bench.PlainJavaFormulas.Cha2ds2VascInputs;
import org.clinigrade.bench.PlainJavaFormulas.CockcroftGaultInputs;
import tools.jackson.databind.JsonNode;

/**
 * Reads MedCalc-Bench entities into {@link PlainJavaFormulas}' inputs with hand-written unit conversions: the
 * parsing and conversion work the engine path also does, without its name resolution, schema check or trace.
 * Quantities are {@code [value, "unit"]} or, for height, {@code [5, "ft", 9, "in"]}.
 */
final class PlainJavaEntities {

    private static final double KG_PER_LB = 0.45359237;
    private static final double CM_PER_IN = 2.54;
    /** g/mol; µmol/L × 113.12 / 10 000 = mg/dL, i.e. ÷ 88.4 */
    private static final double CREATININE_MOLAR_MASS = 113.12;

    private PlainJavaEntities() {
    }

    static CockcroftGaultInputs cockcroftGault(JsonNode entities) {
        return new CockcroftGaultInputs(years(entities.get("age")), female(entities.get("sex")),
                kilograms(entities.get("weight")), centimetres(entities.get("height")),
                creatinineMgPerDl(entities.get("creatinine")));
    }

    /** a criterion that is not given is absent, as the calculator file's defaults say */
    static Cha2ds2VascInputs cha2ds2Vasc(JsonNode entities) {
        return new Cha2ds2VascInputs(years(entities.get("age")), female(entities.get("sex")),
                present(entities, "Congestive Heart Faliure") || present(entities, "Congestive Heart Failure"),
                present(entities, "Hypertension history"),
                present(entities, "Diabetes history"),
                present(entities, "Stroke") || present(entities, "Transient Ischemic Attacks History")
                        || present(entities, "Thromboembolism history"),
                present(entities, "Vascular disease history"));
    }

    private static double years(JsonNode age) {
        double value = age.get(0).doubleValue();
        return switch (unit(age, 1)) {
            case "years" -> value;
            case "months" -> value / 12;
            default -> throw unknownUnit(age);
        };
    }

    private static boolean female(JsonNode sex) {
        return switch (sex.stringValue().toLowerCase(Locale.ROOT)) {
            case "female" -> true;
            case "male" -> false;
            default -> throw new IllegalArgumentException("sex " + sex);
        };
    }

    private static double kilograms(JsonNode weight) {
        double value = weight.get(0).doubleValue();
        return switch (unit(weight, 1)) {
            case "kg" -> value;
            case "lb", "lbs" -> value * KG_PER_LB;
            default -> throw unknownUnit(weight);
        };
    }

    /** the parts added up, so that feet and inches read as one height */
    private static double centimetres(JsonNode height) {
        double total = 0;
        for (int i = 0; i < height.size(); i += 2) {
            double value = height.get(i).doubleValue();
            total += switch (unit(height, i + 1)) {
                case "cm" -> value;
                case "m" -> value * 100;
                case "in" -> value * CM_PER_IN;
                case "ft" -> value * 12 * CM_PER_IN;
                default -> throw unknownUnit(height);
            };
        }
        return total;
    }

    private static double creatinineMgPerDl(JsonNode creatinine) {
        double value = creatinine.get(0).doubleValue();
        return switch (unit(creatinine, 1)) {
            case "mg/dl" -> value;
            case "µmol/l", "umol/l" -> value * CREATININE_MOLAR_MASS / 10_000;
            default -> throw unknownUnit(creatinine);
        };
    }

    private static boolean present(JsonNode entities, String name) {
        JsonNode finding = entities.get(name);
        return finding != null && finding.booleanValue();
    }

    private static String unit(JsonNode quantity, int index) {
        return quantity.get(index).stringValue().toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknownUnit(JsonNode quantity) {
        return new IllegalArgumentException("unit not handled in " + quantity);
    }
}
