package org.clinigrade.cxr;

import java.util.List;
import java.util.function.Supplier;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.Calculation;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RulesOnFirstUse;
import org.clinigrade.engine.Step;
import tools.jackson.databind.JsonNode;

/**
 * A chest X-ray index ready to evaluate: its definition and its rules, compiled on first use and then shared.
 * The rules answer "yes", "no" or "excluded" (with the reason as the answer's detail), and record the band where both
 * answers are accepted as a criterion named {@value #BAND}. Thread-safe.
 */
public final class CxrIndex {

    /** the answer of rules that exclude the case, as CheXStruct leaves it unlabelled */
    static final String EXCLUDED = "excluded";
    /** the criterion every band rule records: met where both answers are accepted */
    static final String BAND = "Both answers accepted";
    private static final String YES = "yes";
    private static final String NO = "no";

    private final IndexDefinition definition;
    private final RulesOnFirstUse rules;

    CxrIndex(IndexDefinition definition, Supplier<RuleSet> ruleSource) {
        this.definition = definition;
        this.rules = new RulesOnFirstUse(ruleSource);
    }

    public IndexDefinition definition() {
        return definition;
    }

    /** the compiled rules; compiling them is the cost of an index's first evaluation */
    public RuleSet rules() {
        return rules.get();
    }

    /**
     * Evaluates the index on one CheXStruct row: a JSON object of its columns, as numbers and arrays or as the CSV's
     * text.
     *
     * @throws IndexInputException naming the column at fault
     */
    public IndexResult evaluate(JsonNode row) {
        List<Object> facts = IndexInputs.facts(definition, row);
        Calculation calculation = new Calculation();
        rules().run(facts, calculation);
        if (calculation.undefined() != null) {
            throw new IndexInputException(calculation.undefined().field(), calculation.undefined().reason());
        }
        if (!(calculation.answer() instanceof Answer.Category category)) {
            throw new IllegalStateException("the rules of " + definition.id() + " gave no yes, no or excluded");
        }
        List<Step> steps = calculation.steps();
        String reason = steps.stream().filter(s -> s.kind() == Step.Kind.ANSWER).reduce((a, b) -> b)
                .map(Step::detail).orElseThrow();
        String unit = definition.measure() == null ? "" : definition.measure().unit();
        Double value = definition.valueRule() == null ? null
                : IndexResult.stepValue(steps, definition.valueRule()).orElse(null);
        if (category.name().equals(EXCLUDED)) {
            return new IndexResult(definition.id(), value, unit, null, null, List.of(), true, reason, steps,
                    calculation.warnings());
        }
        boolean present = category.name().equals(YES);
        if (!present && !category.name().equals(NO)) {
            throw new IllegalStateException("the rules of " + definition.id() + " answered " + category.name());
        }
        boolean both = steps.stream().anyMatch(s -> s.name().equals(BAND) && s.outcome() instanceof Step.Check check
                && check.met());
        List<String> accepted = both ? List.of(YES, NO) : List.of(category.name());
        return new IndexResult(definition.id(), value, unit, present ? 1 : 0, category.name(), accepted, false, reason,
                steps, calculation.warnings());
    }
}
