package org.clinigrade.rubric;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NegEx-style negation (Chapman WW et al., J Biomed Inform 2001;34:301-10, doi:10.1006/jbin.2001.1029): a phrase is
 * negated when a trigger stands within a few words before it ("do not take aspirin") or a post-trigger just after it
 * ("aspirin is not recommended"), in the same sentence and with no conjunction that ends the negation's scope ("no
 * fever but aspirin") between them. Pseudo-triggers ("not only") negate nothing.
 */
final class Negation {

    /** NegEx's window: the trigger may stand up to five words from the phrase */
    static final int WINDOW = 5;

    static final List<List<String>> BEFORE = words("no", "not", "never", "without", "avoid", "avoiding", "don't",
            "do not", "does not", "doesn't", "should not", "shouldn't", "must not", "mustn't", "cannot", "can't",
            "won't", "will not", "stop", "stopping", "discontinue", "refrain from", "rather than", "instead of",
            "against", "neither", "nor", "isn't", "aren't", "is not", "are not", "unnecessary", "no need for",
            "no need to", "contraindicated");
    static final List<List<String>> AFTER = words("is not recommended", "are not recommended", "not recommended",
            "is contraindicated", "are contraindicated", "contraindicated", "should be avoided", "must be avoided",
            "is not indicated", "are not indicated", "not indicated", "is not needed", "not needed", "is unnecessary",
            "is not necessary", "not necessary");
    static final List<List<String>> PSEUDO = words("not only", "not just", "no doubt", "not necessarily",
            "no increase", "not rule out");
    /** the first word of every trigger and pseudo-trigger: a word that is none of them starts no trigger */
    static final Set<String> FIRST_WORDS = java.util.stream.Stream.of(BEFORE, AFTER, PSEUDO).flatMap(List::stream)
            .map(words -> words.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** words that end a negation's scope */
    static final List<String> SCOPE_ENDS = List.of("but", "however", "although", "though", "except", "yet", "whereas",
            "still");

    private Negation() {
    }

    private static List<List<String>> words(String... phrases) {
        return List.of(phrases).stream().map(p -> List.of(p.toLowerCase(Locale.ROOT).split(" "))).toList();
    }
}
