package org.clinigrade.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words a calculator search compares, read from {@code clinical-terms.json}: filler words to ignore, words
 * that mean the same for a search, and abbreviations or lay phrases read as the words calculator files use.
 * Words are folded before they are compared (lower case, no accents, British spellings, plurals and simple endings),
 * so "Haemorrhages", "hemorrhage" and "haemorrhaging" are one word.
 */
final class ClinicalTerms {

    /** the longest phrase the vocabulary expands, in words */
    private static final int LONGEST_PHRASE = 3;

    private final Set<String> ignored = new HashSet<>();
    private final Map<String, Set<Word>> same = new HashMap<>();
    private final Map<List<String>, Expansion> expansions = new HashMap<>();

    /** a word as written and as compared */
    record Word(String written, String folded) {
    }

    /** a phrase of the text, what it is read as, and the words of that */
    record Expansion(String phrase, String meaning, List<Word> words) {
    }

    private ClinicalTerms(JsonNode vocabulary) {
        vocabulary.get("ignore").forEach(word -> ignored.add(word.stringValue()));
        for (JsonNode group : vocabulary.get("same")) {
            Set<Word> words = new HashSet<>();
            group.forEach(word -> words.add(new Word(word.stringValue(), fold(word.stringValue()))));
            words.forEach(word -> same.computeIfAbsent(word.folded(), w -> new HashSet<>()).addAll(words));
        }
        for (Map.Entry<String, JsonNode> entry : vocabulary.get("expand").properties()) {
            String meaning = entry.getValue().stringValue();
            expansions.put(folded(words(entry.getKey())), new Expansion(entry.getKey(), meaning, words(meaning)));
        }
    }

    static ClinicalTerms bundled() {
        try (InputStream in = ClinicalTerms.class.getResourceAsStream("clinical-terms.json")) {
            return new ClinicalTerms(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the words of a text that carry meaning, in order */
    List<Word> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<Word> words = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !ignored.contains(word)) {
                words.add(new Word(word, fold(word)));
            }
        }
        return words;
    }

    static List<String> folded(List<Word> words) {
        return words.stream().map(Word::folded).toList();
    }

    /**
     * The phrases of {@code words} the vocabulary reads as other words ("af" as "atrial fibrillation"). A two-word
     * phrase is also found in the other order and with one word between, as clinicians write it ("sodium is low").
     */
    List<Expansion> expansions(List<Word> words) {
        List<String> folded = folded(words);
        List<Expansion> found = new ArrayList<>();
        for (int start = 0; start < folded.size(); start++) {
            for (int length = 1; length <= LONGEST_PHRASE && start + length <= folded.size(); length++) {
                addIfKnown(found, folded.subList(start, start + length));
            }
            for (int other = start + 1; other <= start + 2 && other < folded.size(); other++) {
                addIfKnown(found, List.of(folded.get(other), folded.get(start)));
                if (other == start + 2) {
                    addIfKnown(found, List.of(folded.get(start), folded.get(other)));
                }
            }
        }
        return found;
    }

    private void addIfKnown(List<Expansion> found, List<String> phrase) {
        Expansion expansion = expansions.get(phrase);
        if (expansion != null && !found.contains(expansion)) {
            found.add(expansion);
        }
    }

    /** the words that mean the same as the folded {@code word} for a search, itself excluded */
    Set<Word> sameAs(String word) {
        Set<Word> words = new HashSet<>(same.getOrDefault(word, Set.of()));
        words.removeIf(w -> w.folded().equals(word));
        return words;
    }

    /** one word folded: British "ae"/"oe" spellings, plurals, "-ing"/"-ed" and a final "e" removed */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4) {
            w = w.replace("ae", "e").replace("oe", "e");
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
