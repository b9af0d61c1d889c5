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

    // the response's words and numbers are found with fixed patterns of clinigrade's own, which cannot backtrack
    // badly, so java.util.regex (several times faster here) is safe; an author's pattern always runs on RE2/J
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?:^|[^\\p{L}\\p{N}.])(-?[0-9]+(?:\\.[0-9]+)?)");

    private final String text;
    /** the text's characters, read many times over (an array is read faster than a string, char by char) */
    private final char[] chars;
    /** the text lower-cased for phrase search; null where lower-casing would move offsets (a dotted capital I) */
    private final String lowered;
    /** each word lower-cased, apostrophes as {@code '} */
    private final List<String> words = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    /** {@code sentenceEnds[i]}: a sentence ends between word i and word i + 1 */
    private final List<Boolean> sentenceEnds = new ArrayList<>();

    ResponseText(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        String lower = text.toLowerCase(Locale.ROOT);
        this.lowered = lower.length() == text.length() ? lower : null;
        for (int start = nextWord(0); start < text.length(); start = nextWord(start)) {
            int end = wordEnd(start);
            if (!spans.isEmpty()) {
                sentenceEnds.add(endsSentence(spans.get(spans.size() - 1)[1], start));
            }
            words.add((lowered != null ? lowered.substring(start, end) : text.substring(start, end).toLowerCase(Locale.ROOT))
                    .replace('’', '\''));
            spans.add(new int[] {start, end});
            start = end;
        }
        sentenceEnds.add(true);
    }

    /** where the next word starts at or after {@code from}: a letter or digit */
    private int nextWord(int from) {
        int at = from;
        while (at < chars.length && !Character.isLetterOrDigit(chars[at])) {
            at++;
        }
        return at;
    }

    /** where the word at {@code start} ends: letters and digits, and an apostrophe followed by letters ("don't") */
    private int wordEnd(int start) {
        int at = start;
        while (at < chars.length) {
            char c = chars[at];
            boolean apostrophe = (c == '\'' || c == '’') && at + 1 < chars.length && Character.isLetter(chars[at + 1]);
            if (!Character.isLetterOrDigit(c) && !apostrophe) {
                return at;
            }
            at++;
        }
        return at;
    }

    /** runs of characters between white space, as a word processor counts them */
    int wordCount() {
        int count = 0;
        for (int i = 0; i < chars.length; i++) {
            if (!Character.isWhitespace(chars[i]) && (i == 0 || Character.isWhitespace(chars[i - 1]))) {
                count++;
            }
        }
        return count;
    }

    /** what finds {@code phrase}: case-insensitive, on word boundaries (compiled once per rubric) */
    static Pattern phrasePattern(String phrase) {
        return Pattern.compile("(?i)(?:^|[^\\p{L}\\p{N}])(" + Pattern.quote(phrase.strip()) + ")(?:[^\\p{L}\\p{N}]|$)");
    }

    /**
     * Every occurrence of {@code phrase}, each with its negation if any. A phrase is literal text, so it is looked for
     * as such in the lower-cased response (its boundaries checked), which is many times faster than running its
     * {@link #phrasePattern}; the pattern is kept for the rare text whose lower-casing moves its offsets.
     */
    List<PhraseFound> find(String criterion, String phrase, Pattern pattern) {
        String key = phrase.strip().toLowerCase(Locale.ROOT);
        if (lowered == null || key.length() != phrase.strip().length()) {
            return findByPattern(criterion, phrase, pattern);
        }
        List<PhraseFound> found = new ArrayList<>();
        for (int start = lowered.indexOf(key); start >= 0; start = lowered.indexOf(key, start + 1)) {
            int end = start + key.length();
            if (!wordCharacter(start - 1) && !wordCharacter(end)) {
                found.add(new PhraseFound(criterion, phrase, text.substring(start, end), start, negation(start, end)));
                start = end - 1;
            }
        }
        return found;
    }

    private boolean wordCharacter(int at) {
        return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.codePointAt(at));
    }

    private List<PhraseFound> findByPattern(String criterion, String phrase, Pattern pattern) {
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
        java.util.regex.Matcher number = NUMBER.matcher(text);
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
        if (!Negation.FIRST_WORDS.contains(words.get(i))) {
            return null;
        }
        List<String> longest = null;
        for (List<String> phrase : phrases) {
            if (i + phrase.size() <= to && words.subList(i, i + phrase.size()).equals(phrase)
                    && (longest == null || phrase.size() > longest.size())) {
                longest = phrase;
            }
        }
        return longest;
    }

    /** the word holding character {@code offset}, or -1 (the words stand in order, so a binary search finds it) */
    private int wordAt(int offset) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int[] span = spans.get(middle);
            if (offset < span[0]) {
                high = middle - 1;
            } else if (offset >= span[1]) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** a full stop, question or exclamation mark, semicolon or blank line between two words (not a decimal point) */
    private boolean endsSentence(int gapStart, int gapEnd) {
        String gap = text.substring(gapStart, gapEnd);
        boolean decimalPoint = gap.equals(".") && Character.isDigit(text.charAt(gapStart - 1))
                && Character.isDigit(text.charAt(gapEnd));
        return !decimalPoint && (gap.chars().anyMatch(c -> ".!?;".indexOf(c) >= 0) || gap.contains("\n\n"));
    }
}
