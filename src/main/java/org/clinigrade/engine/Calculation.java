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
    private Answer answer;
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

    /**
     * A value compared with a cut-off (a cardiothoracic ratio against 0.5): records whether it is crossed and
     * whether it lies within {@code margin} of the cut-off, where either answer is accepted. Within the margin means
     * {@code cutoff − margin ≤ value ≤ cutoff + margin}, the bounds computed in doubles as a benchmark's answer key
     * computes them: a ratio of 0.49 is within 0.01 of 0.5 (0.5 − 0.01 is 0.49), though 0.5 − 0.49 is
     * 0.010000000000000009.
     *
     * @return whether the value is on the crossed side
     */
    public boolean threshold(RuleContext rule, double value, double cutoff, Step.Side side, double margin,
                             String detail) {
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("rule '" + rule.getRule().getName() + "': margin " + margin);
        }
        boolean crossed = side.crossed(value, cutoff);
        boolean close = cutoff - margin <= value && value <= cutoff + margin;
        steps.add(new Step(rule.getRule().getName(), detail, value, Step.Kind.THRESHOLD,
                new Step.Threshold(cutoff, side, margin, crossed, close)));
        return crossed;
    }

    /** The band of a scale {@code value} falls in ({@code from ≤ value < below}; a bound may be null). */
    public void band(RuleContext rule, double value, String label, Double from, Double below, String detail) {
        steps.add(new Step(rule.getRule().getName(), detail, value, Step.Kind.BAND, new Step.Band(label, from, below)));
    }

    /** A criterion checked, met or not (recorded either way, so the trace shows it), with what shows it. */
    public void criterion(RuleContext rule, boolean met, String evidence) {
        steps.add(new Step(rule.getRule().getName(), evidence, null, Step.Kind.CRITERION, new Step.Check(met)));
    }

    /** A safety line, crossed or not (recorded either way), with what shows it. */
    public void redLine(RuleContext rule, boolean crossed, String evidence) {
        steps.add(new Step(rule.getRule().getName(), evidence, null, Step.Kind.RED_LINE, new Step.Check(crossed)));
    }

    /** The calculator's value, for formula calculators (point scores are totalled by the engine). */
    public void answer(RuleContext rule, double value, String detail) {
        give(rule, new Answer.Number(value));
        steps.add(new Step(rule.getRule().getName(), detail, value, Step.Kind.ANSWER));
    }

    /** The calculator's answer when it is a date (a due date). */
    public void answer(RuleContext rule, LocalDate date, String detail) {
        give(rule, new Answer.Date(date));
        steps.add(new Step(rule.getRule().getName(), detail, null, Step.Kind.ANSWER));
    }

    /** The calculator's answer when it is a duration in weeks and days (a gestational age). */
    public void answer(RuleContext rule, WeeksAndDays duration, String detail) {
        give(rule, duration);
        steps.add(new Step(rule.getRule().getName(), detail, (double) duration.totalDays(), Step.Kind.ANSWER));
    }

    /** The calculator's answer when it is a category (a stage, a class). */
    public void answer(RuleContext rule, String category, String detail) {
        give(rule, new Answer.Category(category));
        steps.add(new Step(rule.getRule().getName(), detail, null, Step.Kind.ANSWER));
    }

    private void give(RuleContext rule, Answer value) {
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

    /** null if no rule gave an answer */
    public Answer answer() {
        return answer;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
