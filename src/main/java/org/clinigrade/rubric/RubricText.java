package org.clinigrade.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinigrade.units.Numbers;

/** A rubric in words, as {@code rubric describe} prints it: its scheme, each criterion and how it is decided. */
public final class RubricText {

    private RubricText() {
    }

    public static List<String> lines(Rubric rubric) {
        List<String> lines = new ArrayList<>();
        lines.add(rubric.title());
        lines.add("  id " + rubric.id() + ", " + scheme(rubric.scheme()) + "; from " + rubric.source()
                + (rubric.handWritten() == null ? "" : ", hand-written rules from " + rubric.handWritten().display()));
        if (!rubric.description().isEmpty()) {
            lines.add("  " + rubric.description());
        }
        lines.add("Criteria:");
        for (Criterion c : rubric.criteria()) {
            String weight = c.points() != null ? (c.points() > 0 ? "+" : "") + c.points() : c.tier().label();
            lines.add("  " + c.id() + "  " + weight + (c.redLine() ? "  red line" : "") + "  " + c.text());
            lines.add("      " + how(c.check()) + (c.tags().isEmpty() ? "" : "; tags " + String.join(", ", c.tags())));
        }
        if (!rubric.references().isEmpty()) {
            lines.add("References:");
            rubric.references().forEach(r -> lines.add("  " + r));
        }
        return lines;
    }

    /** {@code 7 criteria (5 decided by rules, 2 by a judge)} */
    public static String counts(Rubric rubric) {
        long rules = rubric.criteria().stream().filter(c -> !(c.check() instanceof Check.Judge)).count();
        return rubric.criteria().size() + " criteria (" + rules + " decided by rules, "
                + (rubric.criteria().size() - rules) + " by a judge)";
    }

    public static String scheme(Scheme scheme) {
        if (!(scheme instanceof Scheme.Tiered tiered)) {
            return "healthbench scheme";
        }
        String weights = tiered.weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + Numbers.format(e.getValue())).collect(Collectors.joining(", "));
        String text = "tiered scheme (levels 0–" + tiered.maxLevel() + "; weights " + weights;
        if (tiered.truncation() != null) {
            text += "; truncation below essential ratio " + optional(tiered.truncation().essentialRatioMin())
                    + " or above pitfall ratio " + optional(tiered.truncation().pitfallRatioMax());
        }
        if (tiered.saturation() != null) {
            text += "; capped at " + optional(tiered.saturation().tagCap()) + " per tag and "
                    + optional(tiered.saturation().essentialMultiplier()) + " × the essential part";
        }
        return text + ")";
    }

    private static String how(Check check) {
        if (check instanceof Check.Mentions mentions) {
            return "rule: mentions " + quoted(mentions.phrases()) + " (not negated)";
        } else if (check instanceof Check.Pattern pattern) {
            return "rule: matches /" + pattern.regex() + "/ (RE2/J)";
        } else if (check instanceof Check.CalculatorValue value) {
            return "rule: states the value of " + value.calculator() + " on the case's entities";
        } else if (check instanceof Check.CalculatorThreshold threshold) {
            return "rule: when " + threshold.calculator() + " " + threshold.operator() + " "
                    + Numbers.format(threshold.threshold()) + ", mentions " + quoted(threshold.phrases());
        } else if (check instanceof Check.MaxWords maxWords) {
            return "rule: at most " + maxWords.limit() + " words";
        } else if (check instanceof Check.Rules rules) {
            return "hand-written rules" + (rules.calculator() == null ? "" : ", given " + rules.calculator()
                    + " on the case's entities") + (rules.phrases().isEmpty() ? "" : ", finding " + quoted(rules.phrases()));
        }
        return "judge";
    }

    private static String quoted(List<String> phrases) {
        return phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(" or "));
    }

    private static String optional(Double value) {
        return value == null ? "none" : Numbers.format(value).toLowerCase(Locale.ROOT);
    }
}
