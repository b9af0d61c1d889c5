package org.clinigrade.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.Calculation;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RulesOnFirstUse;
import org.clinigrade.engine.facts.CalendarDate;
import org.clinigrade.engine.facts.Choice;
import org.clinigrade.engine.facts.Finding;
import org.clinigrade.engine.facts.Quantity;
import tools.jackson.databind.JsonNode;

/**
 * A calculator ready to evaluate: its definition and its rules, compiled on first use and then shared.
 * Thread-safe.
 */
public final class Calculator {

    private final CalculatorDefinition definition;
    private final EntityReader reader;
    private final RulesOnFirstUse rules;

    Calculator(CalculatorDefinition definition, Supplier<RuleSet> ruleSource) {
        this.definition = definition;
        this.reader = new EntityReader(definition);
        this.rules = new RulesOnFirstUse(ruleSource);
    }

    public CalculatorDefinition definition() {
        return definition;
    }

    /** the compiled rules; compiling them is the cost of a calculator's first evaluation */
    public RuleSet rules() {
        return rules.get();
    }

    /**
     * Evaluates the calculator on an entities object (canonical keys or MedCalc-Bench names).
     *
     * @throws InvalidInputException naming the input at fault
     */
    public Result evaluate(JsonNode entities) {
        CanonicalInputs inputs = reader.read(entities);
        Calculation calculation = new Calculation(definition.output().answerQuantity());
        inputs.steps().forEach(calculation::record);
        rules().run(inputs.facts(), calculation);
        if (calculation.undefined() != null) {
            throw new InvalidInputException(calculation.undefined().field(), calculation.undefined().reason());
        }
        Answer value = value(calculation);
        List<String> warnings = new ArrayList<>(inputs.warnings());
        warnings.addAll(calculation.warnings());
        String interpretation = value instanceof Answer.Number number ? definition.interpret(number.value()) : null;
        return new Result(definition.id(), definition.medcalcId(), value, definition.output().unit(),
                interpretation, calculation.steps(), List.copyOf(warnings));
    }

    /**
     * The inputs as the rules would see them: canonical key to a Double (canonical unit), Boolean, option or
     * LocalDate; defaults included.
     *
     * @throws InvalidInputException naming the input at fault
     */
    public Map<String, Object> canonicalInputs(JsonNode entities) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object fact : reader.read(entities).facts()) {
            if (fact instanceof Quantity q) {
                values.put(q.name(), q.value());
            } else if (fact instanceof Finding f) {
                values.put(f.name(), f.present());
            } else if (fact instanceof Choice c) {
                values.put(c.name(), c.option());
            } else if (fact instanceof CalendarDate d) {
                values.put(d.name(), d.date());
            }
        }
        return values;
    }

    private Answer value(Calculation calculation) {
        if (definition.output().fromPoints()) {
            return new Answer.Number(round(calculation.total(definition.output().unit())));
        }
        Answer answer = calculation.answer();
        if (answer == null) {
            throw new IllegalStateException("the rules of " + definition.id() + " gave no value");
        }
        if (answer instanceof Answer.Number number) {
            if (Double.isNaN(number.value()) || Double.isInfinite(number.value())) {
                throw new IllegalStateException("the rules of " + definition.id() + " gave " + number.value());
            }
            return new Answer.Number(round(number.value()));
        }
        return answer;
    }

    private double round(double value) {
        return BigDecimal.valueOf(value).setScale(definition.output().decimals(), RoundingMode.HALF_UP).doubleValue();
    }
}
