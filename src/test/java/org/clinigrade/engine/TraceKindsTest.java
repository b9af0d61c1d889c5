package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinigrade.engine.facts.Finding;
import org.clinigrade.engine.facts.Quantity;
import org.junit.jupiter.api.Test;

/** The steps a rule can record beyond points and values: thresholds, bands, criteria and red lines. */
class TraceKindsTest {

    private static final RuleSet RULES = RuleSet.compile(List.of(new RuleSource("trace-kinds.drl", "trace-kinds.drl", """
            package clinigrade.test.trace_kinds;
            import org.clinigrade.engine.facts.Quantity;
            import org.clinigrade.engine.facts.Finding;
            import org.clinigrade.engine.Step.Side;
            global org.clinigrade.engine.Calculation result;

            rule "Cardiothoracic ratio ≥ 0.50"
            when
                Quantity(name == "ctr", $v : value)
            then
                result.threshold(drools, $v, 0.50, Side.AT_OR_ABOVE, 0.01, "CTR " + $v);
            end

            rule "Carina angle band"
            when
                Quantity(name == "carina_angle", $v : value >= 40, value < 80)
            then
                result.band(drools, $v, "normal", 40.0, 80.0, "angle " + $v);
            end

            rule "Mentions anticoagulation"
            when
                Finding(name == "mentions_anticoagulation", $met : present)
            then
                result.criterion(drools, $met, $met ? "'apixaban' at 120" : "no anticoagulant named");
            end

            rule "Advises discharge without testing"
            when
                Finding(name == "advises_discharge", $crossed : present)
            then
                result.redLine(drools, $crossed, $crossed ? "'you can go home' at 40" : "no discharge advice");
            end
            """, Trust.BUNDLED)));

    private static List<Step> run(Object... facts) {
        Calculation calculation = new Calculation();
        RULES.run(List.of(facts), calculation);
        return calculation.steps();
    }

    @Test
    void a_value_at_the_cutoff_crosses_an_at_or_above_threshold_and_lies_within_its_margin() {
        Step step = run(new Quantity("ctr", 0.50)).get(0);

        assertEquals(Step.Kind.THRESHOLD, step.kind());
        assertEquals(new Step.Threshold(0.50, Step.Side.AT_OR_ABOVE, 0.01, true, true), step.outcome());
    }

    @Test
    void a_value_outside_the_margin_below_the_cutoff_is_not_crossed_and_not_close() {
        Step.Threshold threshold = (Step.Threshold) run(new Quantity("ctr", 0.48)).get(0).outcome();

        assertFalse(threshold.crossed());
        assertFalse(threshold.close());
    }

    @Test
    void the_margin_is_bounded_as_cutoff_minus_margin_in_doubles_so_049_lies_within_001_of_05() {
        Step.Threshold threshold = (Step.Threshold) run(new Quantity("ctr", 0.49)).get(0).outcome();

        assertTrue(0.5 - 0.49 > 0.01, "the difference alone would put 0.49 outside");
        assertFalse(threshold.crossed());
        assertTrue(threshold.close());
    }

    @Test
    void a_value_just_below_the_cutoff_is_not_crossed_but_close() {
        Step.Threshold threshold = (Step.Threshold) run(new Quantity("ctr", 0.495)).get(0).outcome();

        assertFalse(threshold.crossed());
        assertTrue(threshold.close());
    }

    @Test
    void a_band_step_carries_its_label_and_bounds() {
        Step step = run(new Quantity("carina_angle", 65)).get(0);

        assertEquals(Step.Kind.BAND, step.kind());
        assertEquals(new Step.Band("normal", 40.0, 80.0), step.outcome());
        assertEquals(65.0, step.value());
    }

    @Test
    void a_criterion_not_met_is_recorded_with_its_evidence() {
        Step step = run(new Finding("mentions_anticoagulation", false)).get(0);

        assertEquals(Step.Kind.CRITERION, step.kind());
        assertEquals(new Step.Check(false), step.outcome());
        assertEquals("no anticoagulant named", step.detail());
    }

    @Test
    void a_red_line_crossed_says_so_with_its_evidence() {
        Step step = run(new Finding("advises_discharge", true)).get(0);

        assertEquals(Step.Kind.RED_LINE, step.kind());
        assertEquals(new Step.Check(true), step.outcome());
        assertEquals("'you can go home' at 40", step.detail());
    }
}
