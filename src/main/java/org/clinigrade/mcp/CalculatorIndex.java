package org.clinigrade.mcp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.mcp.ClinicalTerms.Word;

/**
 * Ranks calculators for a description in clinical words. A calculator is indexed by the words of its id and title,
 * its keywords, its description and its inputs' titles, in that order of weight. A query word scores by the best
 * place it is found, times its rarity among the calculators (inverse document frequency), directly or through a
 * word the vocabulary says means the same; an abbreviation counts as the words it stands for; the rarest keyword
 * found whole in the query adds the rarity of its words once more. Thread-safe once built.
 */
final class CalculatorIndex {

    /** a synonym is good evidence, but less than the word itself */
    private static final double SYNONYM = 0.8;
    private static final int WHY_KEYWORDS = 2;

    /** a calculator found for a query, its score, and the words that found it */
    record Match(Searchable definition, double score, String why) {
    }

    private enum Field {
        TITLE(3, "title"), KEYWORD(3, "keyword"), DESCRIPTION(1, "description"), INPUT(0.5, "inputs");

        final double weight;
        final String label;

        Field(double weight, String label) {
            this.weight = weight;
            this.label = label;
        }
    }

    private record Keyword(String text, Set<String> words) {
    }

    /** one calculator: each word with the weightiest field it occurs in, and its keywords */
    private record Entry(Searchable definition, Map<String, Field> words, List<Keyword> keywords) {
    }

    /**
     * A word of the query and the folded forms it may be found as.
     *
     * @param reading for a word an abbreviation or phrase stands for, how it was read; null for a word as written
     */
    private record Term(String written, String reading, Map<String, Form> forms) {
    }

    /** where a term was found best in a calculator, and what that counts */
    private record Find(String form, Field field, double value) {
    }

    /** a form of a query word: how it is written, and how much a find counts */
    private record Form(String written, double weight) {
    }

    private final ClinicalTerms terms;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Double> rarity = new HashMap<>();

    CalculatorIndex(List<CalculatorDefinition> definitions, ClinicalTerms terms) {
        this(terms, definitions.stream().map(Searchable::of).toList());
    }

    /** an index of anything searchable: the chest X-ray indices, searched apart so calculators' rarities stay as they are */
    CalculatorIndex(ClinicalTerms terms, List<Searchable> definitions) {
        this.terms = terms;
        Map<String, Integer> frequency = new HashMap<>();
        for (Searchable definition : definitions) {
            Entry entry = entry(definition);
            entries.add(entry);
            entry.words().keySet().forEach(word -> frequency.merge(word, 1, Integer::sum));
        }
        frequency.forEach((word, count) -> rarity.put(word, Math.log(1 + (double) definitions.size() / count)));
    }

    private Entry entry(Searchable definition) {
        Map<String, Field> words = new HashMap<>();
        index(words, definition.id().replace('-', ' ') + " " + definition.title(), Field.TITLE);
        List<Keyword> keywords = new ArrayList<>();
        for (String keyword : definition.keywords()) {
            List<String> folded = ClinicalTerms.folded(terms.words(keyword));
            keywords.add(new Keyword(keyword, new LinkedHashSet<>(folded)));
            folded.forEach(word -> words.putIfAbsent(word, Field.KEYWORD));
        }
        index(words, definition.description(), Field.DESCRIPTION);
        for (String input : definition.inputTitles()) {
            index(words, input, Field.INPUT);
        }
        return new Entry(definition, words, keywords);
    }

    /** fields are indexed weightiest first, so a word keeps the first field it is found in */
    private void index(Map<String, Field> words, String text, Field field) {
        terms.words(text).forEach(word -> words.putIfAbsent(word.folded(), field));
    }

    /** the best {@code limit} calculators for {@code query}, best first; none if no word of it is known */
    List<Match> search(String query, int limit) {
        List<Term> queryTerms = terms(query);
        List<Match> matches = new ArrayList<>();
        for (Entry entry : entries) {
            Match match = match(entry, queryTerms);
            if (match.score() > 0) {
                matches.add(match);
            }
        }
        // a stable sort: equal scores keep catalog order (by MedCalc-Bench ID)
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    private List<Term> terms(String query) {
        List<Word> words = terms.words(query);
        List<Term> queryTerms = new ArrayList<>();
        for (Word word : words) {
            queryTerms.add(term(word, null));
        }
        for (ClinicalTerms.Expansion expansion : terms.expansions(words)) {
            String reading = "\"" + expansion.phrase() + "\" read as \"" + expansion.meaning() + "\"";
            expansion.words().forEach(word -> queryTerms.add(term(word, reading)));
        }
        return queryTerms;
    }

    private Term term(Word word, String reading) {
        Map<String, Form> forms = new LinkedHashMap<>();
        forms.put(word.folded(), new Form(word.written(), 1.0));
        terms.sameAs(word.folded()).forEach(same -> forms.putIfAbsent(same.folded(), new Form(same.written(), SYNONYM)));
        return new Term(word.written(), reading, forms);
    }

    private Match match(Entry entry, List<Term> queryTerms) {
        double score = 0;
        Set<String> found = new LinkedHashSet<>();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        Set<String> readings = new LinkedHashSet<>();
        for (Term term : queryTerms) {
            Find best = best(entry, term, found);
            if (best != null) {
                score += best.value();
                explain(term, best, byField, readings);
            }
        }
        List<Keyword> whole = entry.keywords().stream().filter(k -> !k.words().isEmpty() && found.containsAll(k.words()))
                .sorted(Comparator.comparingDouble(this::rarity).reversed()).toList();
        if (!whole.isEmpty()) {
            score += rarity(whole.get(0));
        }
        return new Match(entry.definition(), score, why(whole, byField, readings));
    }

    /** the form of {@code term} that counts most in {@code entry}, or null; every form found is added to {@code found} */
    private Find best(Entry entry, Term term, Set<String> found) {
        Find best = null;
        for (Map.Entry<String, Form> form : term.forms().entrySet()) {
            Field field = entry.words().get(form.getKey());
            if (field != null) {
                found.add(form.getKey());
                double value = field.weight * rarity.get(form.getKey()) * form.getValue().weight();
                if (best == null || value > best.value()) {
                    best = new Find(form.getKey(), field, value);
                }
            }
        }
        return best;
    }

    private double rarity(Keyword keyword) {
        return keyword.words().stream().mapToDouble(word -> rarity.getOrDefault(word, 0.0)).sum();
    }

    private static void explain(Term term, Find find, Map<String, List<String>> byField, Set<String> readings) {
        if (term.reading() != null) {
            readings.add(term.reading());
            return;
        }
        Form form = term.forms().get(find.form());
        String shown = form.weight() < 1 ? term.written() + " (as " + form.written() + ")" : term.written();
        List<String> words = byField.computeIfAbsent(find.field().label, label -> new ArrayList<>());
        if (!words.contains(shown)) {
            words.add(shown);
        }
    }

    private static String why(List<Keyword> whole, Map<String, List<String>> byField, Set<String> readings) {
        List<String> parts = new ArrayList<>();
        whole.stream().limit(WHY_KEYWORDS).forEach(k -> parts.add("keyword \"" + k.text() + "\""));
        byField.forEach((field, words) -> parts.add(field + ": " + String.join(", ", words)));
        parts.addAll(readings);
        return String.join("; ", parts);
    }
}
