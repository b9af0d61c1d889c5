package org.clinigrade.rubric;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinigrade.rubric.facts.NumberStated;
import org.clinigrade.rubric.facts.PhraseFound;

/**
 * A response read once for its rubric's checks: its words (with where they stand and where sentences end), the
 * phrases a criterion names (each occurrence, with the negation that voids it) and the numbers it states. Patterns
 * are RE2/J's, so a phrase or pattern from a rubric file runs in time linear in the response.
 */
final class ResponseText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern NUMBER = Pattern.compile("(?:^|[^\\p{L}\\p{N}.])(-?[0-9]+(?:\\.[0-9]+)?)");

    private final String text;
    /** each word lower-cased, apostrophes as {@code '} */
    private final List<String> words = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    /** {@code sentenceEnds[i]}: a sentence ends between word i and word i + 1 */
    private final List<Boolean> sentenceEnds = new ArrayList<>();

    ResponseText(String text) {
        this.text = text;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (!spans.isEmpty()) {
                sentenceEnds.add(endsSentence(spans.get(spans.size() - 1)[1], word.start()));
            }
            words.add(word.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            spans.add(new int[] {word.start(), word.end()});
        }
        sentenceEnds.add(true);
    }

    String text() {
        return text;
    }

    /** runs of characters between white space, as a word processor counts them */
    int wordCount() {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** what finds {@code phrase}: case-insensitive, on word boundaries (compiled once per rubric) */
    static Pattern phrasePattern(String phrase) {
        return Pattern.compile("(?i)(?:^|[^\\p{L}\\p{N}])(" + Pattern.quote(phrase.strip()) + ")(?:[^\\p{L}\\p{N}]|$)");
    }

    /** every occurrence of {@code phrase} (found by its {@link #phrasePattern}), each with its negation if any */
    List<PhraseFound> find(String criterion, String phrase, Pattern pattern) {
        List<PhraseFound> found = new ArrayList<>();
        Matcher match = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && match.find(from)) {
            int start = match.start(1);
            int end = match.end(1);
            found.add(new PhraseFound(criterion, phrase, match.group(1), start, negation(start, end)));
            from = end;
        }
        return found;
    }

    /** the numbers the response states, as written ("2.5", "-3"); a number inside a word ("T2") is not one */
    List<NumberStated> numbers() {
        List<NumberStated> numbers = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            numbers.add(new NumberStated(Double.parseDouble(number.group(1)), number.group(1), number.start(1)));
        }
        return numbers;
    }

    /** the trigger that negates the words from {@code start} to {@code end}, or null */
    private String negation(int start, int end) {
        int first = wordAt(start);
        int last = wordAt(end - 1);
        if (first < 0 || last < 0) {
            return null;
        }
        int from = first;
        while (from > 0 && first - from < Negation.WINDOW && !sentenceEnds.get(from - 1)
                && !Negation.SCOPE_ENDS.contains(words.get(from - 1))) {
            from--;
        }
        String before = trigger(Negation.BEFORE, from, first);
        if (before != null) {
            return before;
        }
        int to = last;
        while (to < words.size() - 1 && to - last < Negation.WINDOW && !sentenceEnds.get(to)
                && !Negation.SCOPE_ENDS.contains(words.get(to + 1))) {
            to++;
        }
        return trigger(Negation.AFTER, last + 1, to + 1);
    }

    /** the longest trigger that stands wholly in words [from, to), not as part of a pseudo-trigger */
    private String trigger(List<List<String>> triggers, int from, int to) {
        for (int i = from; i < to; i++) {
            List<String> pseudo = longestAt(Negation.PSEUDO, i, to);
            if (pseudo != null) {
                i += pseudo.size() - 1;
                continue;
            }
            List<String> trigger = longestAt(triggers, i, to);
            if (trigger != null) {
                return text.substring(spans.get(i)[0], spans.get(i + trigger.size() - 1)[1]);
            }
        }
        return null;
    }

    private List<String> longestAt(List<List<String>> phrases, int i, int to) {
        List<String> longest = null;
        for (List<String> phrase : phrases) {
            if (i + phrase.size() <= to && words.subList(i, i + phrase.size()).equals(phrase)
                    && (longest == null || phrase.size() > longest.size())) {
                longest = phrase;
            }
        }
        return longest;
    }

    /** the word holding character {@code offset}, or -1 */
    private int wordAt(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i)[0] <= offset && offset < spans.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    /** a full stop, question or exclamation mark, semicolon or blank line between two words (not a decimal point) */
    private boolean endsSentence(int gapStart, int gapEnd) {
        String gap = text.substring(gapStart, gapEnd);
        boolean decimalPoint = gap.equals(".") && Character.isDigit(text.charAt(gapStart - 1))
                && Character.isDigit(text.charAt(gapEnd));
        return !decimalPoint && (gap.matches("(?s).*[.!?;].*") || gap.contains("\n\n"));
    }
}
