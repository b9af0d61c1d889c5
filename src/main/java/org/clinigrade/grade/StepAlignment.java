package org.clinigrade.grade;

import java.util.List;
import java.util.Locale;
import org.clinigrade.engine.Step;

/**
 * Lines the model's intermediate values up with the reference trace and finds the first step where they part:
 * by name for steps the model reported, by value for reasoning text (a reference value the text never states).
 *
 * @param compared   reference steps the model gave a value for
 * @param agreeing   of those, the ones whose value agrees
 * @param divergence the first reference step where the model parts from it; null if none
 */
record StepAlignment(int referenceSteps, int compared, int agreeing, Divergence divergence) {

    /**
     * @param got the model's value, or null where the text simply never reaches the reference value
     */
    record Divergence(String step, Step.Kind kind, Double expected, Double got) {
    }

    static final StepAlignment NONE = new StepAlignment(0, 0, 0, null);

    /** steps the model reported, matched to reference steps by name */
    static StepAlignment reported(List<Step> reference, List<ModelOutput.ModelStep> model) {
        int total = 0;
        int compared = 0;
        int agreeing = 0;
        Divergence first = null;
        for (Step step : reference) {
            if (step.value() == null) {
                continue;
            }
            total++;
            ModelOutput.ModelStep match = model.stream().filter(m -> m.value() != null && sameName(step.name(), m.name()))
                    .findFirst().orElse(null);
            if (match == null) {
                continue;
            }
            compared++;
            if (close(step.value(), match.value())) {
                agreeing++;
            } else if (first == null) {
                first = new Divergence(step.name(), step.kind(), step.value(), match.value());
            }
        }
        return new StepAlignment(total, compared, agreeing, first);
    }

    /**
     * Intermediate and final reference values, looked for in the text. Points, totals and other small whole
     * numbers are left out: a 1 or a 4 is somewhere in any text.
     */
    static StepAlignment stated(List<Step> reference, ReasoningText text) {
        int total = 0;
        int agreeing = 0;
        Divergence first = null;
        for (Step step : reference) {
            if (step.value() == null || step.kind() == Step.Kind.POINTS || step.kind() == Step.Kind.INPUT
                    || step.kind() == Step.Kind.TOTAL || uninformative(step.value())) {
                continue;
            }
            total++;
            if (text.states(step.value())) {
                agreeing++;
            } else if (first == null) {
                first = new Divergence(step.name(), step.kind(), step.value(), null);
            }
        }
        return new StepAlignment(total, total, agreeing, first);
    }

    private static boolean uninformative(double value) {
        return value == Math.rint(value) && Math.abs(value) <= 10;
    }

    private static boolean close(double expected, double got) {
        return Math.abs(expected - got) <= 0.01 * Math.max(Math.abs(expected), Math.abs(got)) + 0.005;
    }

    /** "Body mass index" matches "BMI (body mass index)", "body_mass_index" and "Creatinine clearance" "CrCl" only by name */
    static boolean sameName(String reference, String model) {
        String a = normalise(reference);
        String b = normalise(model);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String head = normalise(reference.split(":")[0]);
        return a.equals(b) || a.contains(b) && b.length() >= 4 || b.contains(a) || (head.length() >= 3 && b.contains(head));
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
