package org.clinigrade.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinigrade.engine.facts.Quantity;
import org.clinigrade.units.Numbers;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rules of one evaluation write to: the global {@code result} in every calculator's DRL.
 * Each method records a step named after the rule that called it. Not thread-safe: one per evaluation.
 */
public final class Calculation {

    private final String answerQuantity;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Double> awarded = new ArrayList<>();
    private Object answer;
    private Undefined undefined;

    public Calculation() {
        this(null);
    }

    /**
     * @param answerQuantity the derived quantity that is the answer (a shared rule derives it, and this calculator
     *                       gives it as its value), or null
     */
    public Calculation(String answerQuantity) {
        this.answerQuantity = answerQuantity;
    }

    /** A criterion scored: adds {@code value} points (0 for a criterion not met, so the trace shows it). */
    public void points(RuleContext rule, double value, String detail) {
        awarded.add(value);
        steps.add(new Step(rule.getRule().getName(), detail, value, Step.Kind.POINTS));
    }

    /**
     * An intermediate quantity; returns it as a fact so later rules can match on it. The value is cleaned of
     * binary noise first, so a BMI of 64 kg / (1.6 m)² is 25 and meets "BMI ≥ 25". The answer quantity is
     * recorded as the answer instead, as {@link #answer} would record it.
     */
    public Quantity derive(RuleContext rule, String name, double value, String detail) {
        double clean = Numbers.clean(value);
        if (name.equals(answerQuantity)) {
            answer(rule, value, detail);
            return new Quantity(name, clean);
        }
        steps.add(new Step(rule.getRule().getName(), detail, clean, Step.Kind.DERIVED));
        return new Quantity(name, clean);
    }

    /** The calculator's value, for formula calculators (point scores are totalled by the engine). */
    public void answer(RuleContext rule, double value, String detail) {
        give(rule, value);
        steps.add(new Step(rule.getRule().getName(), detail, value, Step.Kind.ANSWER));
    }

    /** The calculator's answer when it is a date (a due date). */
    public void answer(RuleContext rule, LocalDate date, String detail) {
        give(rule, date);
        steps.add(new Step(rule.getRule().getName(), detail, null, Step.Kind.ANSWER));
    }

    /** The calculator's answer when it is a duration in weeks and days (a gestational age). */
    public void answer(RuleContext rule, WeeksAndDays duration, String detail) {
        give(rule, duration);
        steps.add(new Step(rule.getRule().getName(), detail, (double) duration.totalDays(), Step.Kind.ANSWER));
    }

    private void give(RuleContext rule, Object value) {
        if (answer != null) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' gave a second answer");
        }
        answer = value;
    }

    /**
     * The answer does not exist for these inputs (a ratio whose denominator is zero): the evaluation ends as
     * invalid input naming {@code field}, never as a number.
     */
    public void undefined(RuleContext rule, String field, String reason) {
        if (undefined == null) {
            undefined = new Undefined(field, reason + " (" + rule.getRule().getName() + ")");
        }
    }

    /** why there is no answer, if a rule said so */
    public record Undefined(String field, String reason) {
    }

    /** null unless a rule declared the answer undefined */
    public Undefined undefined() {
        return undefined;
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    /** A step recorded outside the rules: a conversion, a default, the total. */
    public void record(Step step) {
        steps.add(step);
    }

    /** the sum of the points awarded so far */
    public double points() {
        return awarded.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Records the total of the points as the last step, showing each term, and returns it. */
    public double total(String unit) {
        double total = points();
        List<String> terms = awarded.stream().map(Numbers::format).toList();
        steps.add(new Step("Total", String.join(" + ", terms) + " = " + Numbers.format(total) + " " + unit, total,
                Step.Kind.TOTAL));
        return total;
    }

    /** a Double, a LocalDate or a WeeksAndDays; null if no rule gave an answer */
    public Object answer() {
        return answer;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
