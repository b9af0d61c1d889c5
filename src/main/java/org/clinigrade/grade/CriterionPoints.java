package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.engine.Step;

/**
 * A score's criteria as the model's code scores them ({@code history_score = 1}, {@code absence_of_cough = True},
 * {@code cough = 1}), lined up with the reference's points steps by the words of their names. Says which criteria
 * the model scored differently and which it left out, but only when those differences add up exactly to its answer:
 * a partial or accidental match explains nothing. Only unconditional (unindented) assignments count, since an
 * assignment under an {@code if} may never run; a plain number counts as points only in a variable named for
 * points or a score, otherwise only 0 and 1 count, as false and true.
 */
final class CriterionPoints {

    /** @param got the model's points, or null for a criterion its score leaves out */
    record Difference(String criterion, double expected, Double got) {
    }

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(True|False|-?\\d+(?:\\.\\d+)?)\\s*(?:#.*)?$");
    private static final Map<String, Boolean> TRUTH = Map.of("True", true, "False", false);
    private static final Pattern POINTS_NAME = Pattern.compile("(?i)score|points?");
    /** words that turn a criterion around: "Absence of cough" is met when "cough" is false */
    private static final Set<String> NEGATING = Set.of("absen", "lack", "no", "not", "without");
    /** a criterion's points when met, as a points step names them: "Age ≥ 45 years (−1)" */
    private static final Pattern WEIGHT = Pattern.compile("\\(([+−-]?\\d+(?:\\.\\d+)?)\\)\\s*$");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Set<String> GENERIC = Set.of("score", "points", "point", "total", "the", "and", "with",
            "has", "patient", "criterion", "criteria", "years", "normal", "limit", "present");
    /** the words clinical code uses for a criterion the calculator names otherwise */
    private static final Map<String, String> SAME = Map.of("fever", "tempe", "ekg", "ecg", "adeno", "nodes",
            "lymph", "nodes");

    private CriterionPoints() {
    }

    /** the differences that account for the whole gap between the reference total and the answer; empty if none do */
    static List<Difference> explaining(List<Step> trace, String reasoning, double answer, double total) {
        List<Step> criteria = trace.stream().filter(s -> s.kind() == Step.Kind.POINTS && s.value() != null).toList();
        List<Assigned> assigned = assignments(reasoning);
        List<Difference> differences = new ArrayList<>();
        int matched = 0;
        double gap = 0;
        for (Step criterion : criteria) {
            Assigned match = best(criterion, assigned);
            if (match == null) {
                if (criterion.value() != 0) {
                    differences.add(new Difference(criterion.name(), criterion.value(), null));
                    gap -= criterion.value();
                }
                continue;
            }
            matched++;
            boolean met = match.bool != null && match.bool != (match.negated != negated(criterion));
            double got = match.bool == null ? match.value : met ? weight(criterion) : 0;
            if (got != criterion.value()) {
                differences.add(new Difference(criterion.name(), criterion.value(), got));
                gap += got - criterion.value();
            }
        }
        boolean explains = matched >= 2 && !differences.isEmpty() && Math.abs(total + gap - answer) < 1e-9;
        return explains ? differences : List.of();
    }

    /**
     * A name the code assigns, its words, and its points or truth value.
     *
     * @param negated whether the name says the finding is absent ("no_cough")
     */
    private record Assigned(Set<String> words, boolean negated, double value, Boolean bool) {
    }

    private static boolean negated(Step criterion) {
        return words(criterion.name()).stream().anyMatch(NEGATING::contains);
    }

    private static List<Assigned> assignments(String reasoning) {
        List<Assigned> assigned = new ArrayList<>();
        Matcher assignment = ASSIGNMENT.matcher(reasoning);
        while (assignment.find()) {
            String name = assignment.group(1);
            String value = assignment.group(2);
            boolean points = POINTS_NAME.matcher(name).find() && !TRUTH.containsKey(value);
            if (!points && !TRUTH.containsKey(value) && !value.equals("0") && !value.equals("1")) {
                continue;
            }
            Boolean bool = points ? null : TRUTH.getOrDefault(value, value.equals("1"));
            Set<String> words = words(name.replaceAll("([a-z])([A-Z])", "$1_$2").replace('_', ' '));
            assigned.add(new Assigned(words, words.stream().anyMatch(NEGATING::contains),
                    points ? Double.parseDouble(value) : 0, bool));
        }
        return assigned;
    }

    /** the assignment sharing the most words with the criterion; null if none or a tie; a later one wins over an earlier */
    private static Assigned best(Step criterion, List<Assigned> assigned) {
        Set<String> words = words(criterion.name());
        Assigned best = null;
        int most = 0;
        boolean tie = false;
        for (Assigned candidate : assigned) {
            int shared = (int) candidate.words.stream().filter(words::contains).count();
            if (shared > most || shared == most && shared > 0 && best != null && best.words.equals(candidate.words)) {
                tie = false;
                most = shared;
                best = candidate;
            } else if (shared == most && shared > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static double weight(Step criterion) {
        Matcher weight = WEIGHT.matcher(criterion.name());
        return weight.find() ? Double.parseDouble(weight.group(1).replace('−', '-')) : 1;
    }

    /** a name's words, cut to five letters so plurals and adjectives meet ("exudates", "exudate"; "tonsils", "tonsillar") */
    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(name.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (w.length() >= 3 && !GENERIC.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                String stem = w.length() > 5 ? w.substring(0, 5) : w;
                words.add(SAME.getOrDefault(stem, stem));
            }
        }
        return words;
    }
}
