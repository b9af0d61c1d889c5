package org.clinigrade.rubric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.engine.Drl;
import org.clinigrade.engine.DrlTemplate;
import org.clinigrade.engine.PrecompiledRules;
import org.clinigrade.engine.RuleCompilationException;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RuleSource;

/**
 * A rubric's deterministic criteria as rules, made only by filling the fixed templates of
 * {@code rubrics/templates/criteria.drlt}: the author's ids, phrases and numbers reach the rules as escaped literals
 * and checked numbers, so a rubric file from anywhere runs no code of its author's. Criteria checked by
 * {@code rules} are decided instead by the rubric's hand-written rules ({@link HandWrittenRules} says when those may
 * run), compiled together with the generated ones.
 */
final class RubricRules {

    static final String TEMPLATE_FILE = "/rubrics/templates/criteria.drlt";
    private static final Map<String, DrlTemplate> TEMPLATES = DrlTemplate.parse(TEMPLATE_FILE, templateText());
    /** compiled once per rule text: a run grades many responses against few rubrics */
    private static final Map<String, RuleSet> COMPILED = new ConcurrentHashMap<>();

    private final Rubric rubric;
    private final Drl drl;
    /** each generated rule's criterion, so a step (named after its rule) finds its criterion */
    private final Map<String, String> criterionByRule;
    /** the criteria the hand-written rules decide, each by rules named {@code "<criterion id>: …"} */
    private final List<String> handWrittenCriteria;

    /** what the rules are made from, wherever the files were read from: it keys the rules compiled at build time */
    private final String madeFrom;

    private RubricRules(Rubric rubric, Drl drl, Map<String, String> criterionByRule) {
        this.rubric = rubric;
        this.drl = drl;
        this.criterionByRule = criterionByRule;
        this.madeFrom = rubric.handWritten() == null ? drl.text() : drl.text() + "\n" + rubric.handWritten().text();
        this.handWrittenCriteria = rubric.criteria().stream().filter(c -> c.check() instanceof Check.Rules)
                .map(Criterion::id).toList();
    }

    static RubricRules of(Rubric rubric) {
        List<Drl> parts = new ArrayList<>();
        Map<String, String> criterionByRule = new HashMap<>();
        parts.add(TEMPLATES.get("header").fill(Map.of("package", packageName(rubric.id()))));
        for (Criterion criterion : rubric.criteria()) {
            Map<String, Object> slots = new LinkedHashMap<>();
            slots.put("id", criterion.id());
            String template = templateOf(criterion.check());
            if (criterion.check() instanceof Check.MaxWords maxWords) {
                slots.put("limit", maxWords.limit());
            } else if (criterion.check() instanceof Check.CalculatorThreshold threshold) {
                slots.put("threshold", threshold.threshold());
                slots.put("operator", threshold.operator());
            }
            if (template != null) {
                name(slots, criterion.id(), template);
                parts.add(TEMPLATES.get(template).fill(slots));
                slots.forEach((slot, value) -> {
                    if (!slot.equals("id") && value instanceof String name && name.startsWith(criterion.id() + ": ")) {
                        criterionByRule.put(name, criterion.id());
                    }
                });
            }
        }
        return new RubricRules(rubric, Drl.concat(parts), Map.copyOf(criterionByRule));
    }

    /** the names of each template's rules, as its slots call them */
    private static final Map<String, List<String>> RULES = Map.of("mentions", List.of("stated", "not_stated"),
            "pattern", List.of("matched", "not_matched"), "calculator", List.of("agrees", "disagrees"),
            "max_words", List.of("rule"), "calculator_threshold", List.of("rule"));

    /** names the criterion's rules after it: {@code "c2: stated"}, {@code "c5: max words"} */
    private static void name(Map<String, Object> slots, String id, String template) {
        for (String rule : RULES.get(template)) {
            slots.put(rule, id + ": " + (rule.equals("rule") ? template : rule).replace('_', ' '));
        }
    }

    /** the template a check's rules are made from; null for a judged criterion */
    private static String templateOf(Check check) {
        if (check instanceof Check.Mentions) {
            return "mentions";
        } else if (check instanceof Check.Pattern) {
            return "pattern";
        } else if (check instanceof Check.CalculatorValue) {
            return "calculator";
        } else if (check instanceof Check.CalculatorThreshold) {
            return "calculator_threshold";
        } else if (check instanceof Check.MaxWords) {
            return "max_words";
        }
        return null;
    }

    /** a DRL package name from any id: lower case letters, digits and underscores */
    private static String packageName(String id) {
        String name = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.matches("[a-z].*") ? name : "r_" + name;
    }

    /** the rules, as {@code rubric show --drl} prints them: those made from templates, then any hand-written ones */
    String text() {
        RuleSource handWritten = rubric.handWritten();
        return handWritten == null ? drl.text()
                : drl.text() + "\n// hand-written rules, from " + handWritten.display() + "\n" + handWritten.text();
    }

    /** how many rules the templates made */
    int templateRules() {
        return (int) drl.text().lines().filter(line -> line.startsWith("rule ")).count();
    }

    /** the criterion a rule decides, or null for a rule of no criterion */
    String criterionOf(String rule) {
        String generated = criterionByRule.get(rule);
        return generated != null ? generated : handWrittenCriterion(rule);
    }

    private String handWrittenCriterion(String rule) {
        for (String id : handWrittenCriteria) {
            if (rule.startsWith(id + ": ")) {
                return id;
            }
        }
        return null;
    }

    /**
     * Compiled at build time for a bundled rubric (when the rules are exactly those), else on first use; shared by
     * every response graded against the same rules.
     */
    RuleSet ruleSet() {
        return COMPILED.computeIfAbsent(madeFrom, text -> checked(PrecompiledRules.find(path(), text)
                .orElseGet(this::compile)));
    }


    private RuleSet compile() {
        try {
            return RuleSet.compile(sources());
        } catch (RuleCompilationException e) {
            if (rubric.handWritten() == null) {
                throw e;
            }
            throw new InvalidInputException(rubric.source(), "its hand-written rules do not compile: " + e.getMessage());
        }
    }

    /**
     * Hand-written rules decide each {@code rules} criterion, and only those: a rule named after another criterion
     * would overrule its template's verdict.
     */
    private RuleSet checked(RuleSet rules) {
        if (rubric.handWritten() == null) {
            return rules;
        }
        Set<String> names = rules.ruleNames();
        for (Criterion criterion : rubric.criteria()) {
            boolean named = names.stream().anyMatch(name -> name.startsWith(criterion.id() + ": ")
                    && !criterionByRule.containsKey(name));
            if (named != criterion.check() instanceof Check.Rules) {
                throw new InvalidInputException(rubric.handWritten().display(), named
                        ? "a rule is named after criterion '" + criterion.id() + "', which is not a rules check"
                        : "no rule named '" + criterion.id() + ": …' decides criterion '" + criterion.id() + "'");
            }
        }
        return rules;
    }

    /** whether the rules are found compiled at build time (else the first use compiles them, about a second) */
    boolean precompiled() {
        return PrecompiledRules.find(path(), madeFrom).isPresent();
    }

    /** build step: compiles the rules into {@code target}, for {@link #ruleSet} to find */
    void precompile(Path target) throws IOException {
        PrecompiledRules.write(target, path(), madeFrom, sources());
    }

    private List<RuleSource> sources() {
        RuleSource generated = RuleSource.generated(path(), rubric.source() + " (rules made from it)", drl);
        return rubric.handWritten() == null ? List.of(generated) : List.of(generated, rubric.handWritten());
    }

    private String path() {
        return "rubrics/" + packageName(rubric.id()) + ".drl";
    }

    /** the template file's text */
    private static String templateText() {
        return DrlTemplate.bundledText(TEMPLATE_FILE);
    }
}
