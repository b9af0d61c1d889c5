package org.clinigrade.rubric;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.calc.Result;
import org.clinigrade.calc.OutputSpec;
import org.clinigrade.engine.Calculation;
import org.clinigrade.engine.Step;
import org.clinigrade.engine.Trust;
import org.clinigrade.rubric.facts.CalculatorValue;
import org.clinigrade.rubric.facts.CriterionFact;
import org.clinigrade.rubric.facts.PatternFound;
import org.clinigrade.rubric.facts.PhraseFound;
import org.clinigrade.rubric.facts.WordCount;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;

/**
 * The deterministic criteria of a rubric, checked on one response: the response is read once into facts (phrases
 * found and their negations, the first match of each pattern, the numbers stated, the word count, the calculators'
 * values on the case), and the rubric's rules, made from fixed templates (or hand-written, for {@code rules} checks),
 * decide each criterion from them.
 */
public final class RuleChecks {

    /** a pattern longer than this is refused: RE2/J runs in linear time, but its program grows with the pattern */
    static final int MAX_PATTERN_CHARS = 2_000;

    private final Rubric rubric;
    private final RubricRules rules;
    /** each criterion's phrases, each with what finds it */
    private final Map<String, Map<String, Pattern>> phrases = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Map<String, Calculator> calculators = new LinkedHashMap<>();
    /** whether any rule reads the numbers stated (calculator checks, hand-written rules) */
    private final boolean numbersNeeded;
    private static final Map<Rubric, RuleChecks> MADE = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 256;

    /**
     * @throws InvalidInputException naming the rubric's file and criterion for a pattern RE2/J refuses or an unknown
     *                               calculator
     */
    public RuleChecks(Rubric rubric) {
        this.rubric = rubric;
        for (Criterion criterion : rubric.criteria()) {
            Check check = criterion.check();
            if (check instanceof Check.Mentions mentions) {
                phrases.put(criterion.id(), phrasePatterns(mentions.phrases()));
            } else if (check instanceof Check.CalculatorThreshold threshold) {
                phrases.put(criterion.id(), phrasePatterns(threshold.phrases()));
                calculators.put(criterion.id(), calculator(criterion, threshold.calculator()));
            } else if (check instanceof Check.CalculatorValue value) {
                calculators.put(criterion.id(), calculator(criterion, value.calculator()));
            } else if (check instanceof Check.Pattern pattern) {
                patterns.put(criterion.id(), compile(criterion, pattern.regex()));
            } else if (check instanceof Check.Rules handWritten) {
                phrases.put(criterion.id(), phrasePatterns(handWritten.phrases()));
                if (handWritten.calculator() != null) {
                    calculators.put(criterion.id(), calculator(criterion, handWritten.calculator()));
                }
            }
        }
        this.rules = any() ? RubricRules.of(rubric) : null;
        this.numbersNeeded = !calculators.isEmpty() || rubric.handWritten() != null;
        if (rubric.handWritten() != null && rubric.handWritten().trust() == Trust.TRUSTED) {
            rules.ruleSet(); // a user's own rules compiled and checked now, so a fault is named before any grading
        }
    }

    /** whether the rubric has any criterion these checks decide (else every verdict comes from the judge) */
    public boolean any() {
        return rubric.criteria().stream().anyMatch(c -> !(c.check() instanceof Check.Judge));
    }

    /** how many rules a rubric's deterministic criteria became */
    public record RuleCount(int fromTemplates, int handWritten) {
    }

    /** compiles the rules now (or finds them compiled at build time), and counts them */
    public RuleCount compile() {
        if (rules == null) {
            return new RuleCount(0, 0);
        }
        int all = rules.ruleSet().ruleNames().size();
        int fromTemplates = rules.templateRules();
        return new RuleCount(fromTemplates, all - fromTemplates);
    }

    /** the rules the deterministic criteria became, as DRL; empty when there are none */
    public String drl() {
        return rules == null ? "" : rules.text();
    }

    /** the checks of {@code rubric}, made once and shared by every response graded against it */
    public static RuleChecks of(Rubric rubric) {
        if (MADE.size() > MAX_KEPT) {
            MADE.clear(); // a long-running server given many inline rubrics keeps only recent ones
        }
        return MADE.computeIfAbsent(rubric, RuleChecks::new);
    }

    /**
     * @param response the answer graded
     * @param entities the case's entities, for calculator checks (an object of entities as `calc --input` takes
     *                 them); null when none were given
     * @return one verdict per deterministic criterion, in rubric order; a criterion whose calculator cannot be
     *         computed on {@code entities} gets a verdict with {@code met} null and the reason
     */
    public List<RuleVerdict> check(String response, JsonNode entities) {
        Map<String, RuleVerdict> byCriterion = new HashMap<>();
        for (Step step : trace(response, entities, byCriterion)) {
            String criterion = rules.criterionOf(step.name());
            if (criterion != null && step.outcome() instanceof Step.Check found) {
                byCriterion.put(criterion, new RuleVerdict(criterion, found.met(), step.detail()));
            }
        }
        return rubric.criteria().stream().map(c -> byCriterion.get(c.id())).filter(v -> v != null).toList();
    }

    /** every step the rules recorded on this response (thresholds crossed, criteria, red lines), in firing order */
    public List<Step> trace(String response, JsonNode entities) {
        return trace(response, entities, new HashMap<>());
    }

    /** @param unchecked gets a verdict without {@code met} for each criterion whose calculator cannot be computed */
    private List<Step> trace(String response, JsonNode entities, Map<String, RuleVerdict> unchecked) {
        if (rules == null) {
            return List.of();
        }
        ResponseText text = new ResponseText(response);
        List<Object> facts = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            if (!(criterion.check() instanceof Check.Judge)) {
                facts.add(new CriterionFact(criterion.id(), criterion.isHarm(), criterion.redLine()));
            }
        }
        phrases.forEach((id, patternsOf) -> facts.addAll(phrasesFound(text, id, patternsOf)));
        patterns.forEach((id, pattern) -> {
            Matcher match = pattern.matcher(response);
            if (match.find()) {
                facts.add(new PatternFound(id, match.group(), match.start()));
            }
        });
        facts.add(new WordCount(text.wordCount()));
        if (numbersNeeded) {
            facts.addAll(text.numbers());
        }
        if (!calculators.isEmpty()) {
            // a calculator several criteria check is computed once per response
            Map<Calculator, Object> computed = new HashMap<>();
            calculators.forEach((id, calculator) -> {
                Object outcome = computed.computeIfAbsent(calculator, c -> outcome(c, entities));
                if (outcome instanceof Result result) {
                    facts.add(value(id, calculator, result));
                } else {
                    unchecked.put(id, new RuleVerdict(id, null, "criterion '" + id + "' " + outcome));
                }
            });
        }
        Calculation calculation = new Calculation();
        rules.ruleSet().run(facts, calculation);
        return calculation.steps();
    }

    /**
     * Each place a criterion's phrases start, once: where two phrases start together ("rapid strep" and "rapid strep
     * test") the longer is what the response says, and one occurrence must give one verdict.
     */
    private static List<PhraseFound> phrasesFound(ResponseText text, String id, Map<String, Pattern> patternsOf) {
        Map<Integer, PhraseFound> byOffset = new TreeMap<>();
        patternsOf.forEach((phrase, pattern) -> text.find(id, phrase, pattern).forEach(found -> byOffset.merge(
                found.offset(), found, (a, b) -> b.text().length() > a.text().length() ? b : a)));
        return List.copyOf(byOffset.values());
    }

    /** the calculator's result on the case, or why there is none (the end of a sentence naming the criterion) */
    private static Object outcome(Calculator calculator, JsonNode entities) {
        String id = calculator.definition().id();
        if (entities == null || !entities.isObject()) {
            return "checks " + id + " on the case's entities, and the response gives no \"entities\" object";
        }
        try {
            return calculator.evaluate(entities);
        } catch (RuntimeException e) {
            return "cannot be checked: " + id + " cannot be computed on the case's entities: " + e.getMessage();
        }
    }

    private static CalculatorValue value(String criterion, Calculator calculator, Result result) {
        double value = result.number();
        double tolerance = OutputSpec.tolerance(value, calculator.definition().output().decimals());
        return new CalculatorValue(criterion, calculator.definition().id(), value, Numbers.format(value),
                value - tolerance, value + tolerance);
    }

    private Map<String, Pattern> phrasePatterns(List<String> phraseList) {
        Map<String, Pattern> found = new LinkedHashMap<>();
        phraseList.forEach(phrase -> found.put(phrase, ResponseText.phrasePattern(phrase)));
        return found;
    }

    private Calculator calculator(Criterion criterion, String id) {
        CalculatorCatalog catalog = CalculatorCatalog.bundled();
        return catalog.find(id).orElseThrow(() -> fault(criterion, "check",
                "no calculator '" + id + "' (" + catalog.didYouMean(id) + "see 'clinigrade list')"));
    }

    private Pattern compile(Criterion criterion, String regex) {
        if (regex.length() > MAX_PATTERN_CHARS) {
            throw fault(criterion, "check/regex", "a pattern of " + regex.length() + " characters; at most "
                    + MAX_PATTERN_CHARS);
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw fault(criterion, "check/regex", "not a pattern RE2/J accepts: " + e.getMessage());
        }
    }

    private InvalidInputException fault(Criterion criterion, String field, String problem) {
        return new InvalidInputException(rubric.source(), "/criteria/" + criterion.index() + "/" + field + ": "
                + problem);
    }
}
