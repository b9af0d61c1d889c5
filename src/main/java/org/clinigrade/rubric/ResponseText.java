package org.clinigrade.rubric;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final String text;
    /** the text's characters, read many times over (an array is read faster than a string, char by char) */
    private final char[] chars;
    /** the text lower-cased for phrase search; null where lower-casing would move offsets (a dotted capital I) */
    private final String lowered;
    /**
     * Where each word starts and ends, and whether a sentence ends after it ({@code sentenceEnds[i]}: between word i
     * and word i + 1); found when a negation is first looked for, since only a phrase found needs them.
     */
    private int[] starts;
    private int[] ends;
    private boolean[] sentenceEnds;
    private int wordsFound;

    ResponseText(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        String lower = text.toLowerCase(Locale.ROOT);
        this.lowered = lower.length() == text.length() ? lower : null;
    }

    private void findWords() {
        starts = new int[16];
        ends = new int[16];
        sentenceEnds = new boolean[16];
        for (int start = nextWord(0); start < chars.length; start = nextWord(start)) {
            int end = wordEnd(start);
            if (wordsFound == starts.length) {
                starts = Arrays.copyOf(starts, 2 * wordsFound);
                ends = Arrays.copyOf(ends, 2 * wordsFound);
                sentenceEnds = Arrays.copyOf(sentenceEnds, 2 * wordsFound);
            }
            if (wordsFound > 0) {
                sentenceEnds[wordsFound - 1] = endsSentence(ends[wordsFound - 1], start);
            }
            starts[wordsFound] = start;
            ends[wordsFound] = end;
            wordsFound++;
            start = end;
        }
        if (wordsFound > 0) {
            sentenceEnds[wordsFound - 1] = true;
        }
    }

    /** word i lower-cased, apostrophes as {@code '} */
    private String word(int i) {
        String word = lowered != null ? lowered.substring(starts[i], ends[i])
                : text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
        return word.replace('’', '\'');
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
        boolean afterSpace = true;
        for (char c : chars) {
            boolean space = whitespace(c);
            if (afterSpace && !space) {
                count++;
            }
            afterSpace = space;
        }
        return count;
    }

    /** {@link Character#isWhitespace}, answered without a table look-up for the ASCII most text is made of */
    private static boolean whitespace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
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

    /**
     * The numbers the response states, as written ("2.5", "-3"): an optional minus, ASCII digits and an optional
     * fraction, standing where a word can start (a number inside a word, "T2", is not one, nor the tail of "1.2.3").
     * This is what the pattern {@code (?:^|[^\p{L}\p{N}.])(-?[0-9]+(?:\.[0-9]+)?)} finds, read in one pass: the pattern
     * tried at every character took most of a rule-checked run's time.
     */
    List<NumberStated> numbers() {
        List<NumberStated> numbers = new ArrayList<>();
        int at = 0;
        while (at < chars.length) {
            int end = at == 0 ? numberEnd(0) : -1;
            int start = 0;
            int before = chars[at] < 128 ? chars[at] : text.codePointAt(at);
            if (end < 0 && canPrecedeNumber(before)) {
                start = at + Character.charCount(before);
                end = numberEnd(start);
            }
            if (end < 0) {
                at += Character.charCount(before);
                continue;
            }
            String written = text.substring(start, end);
            numbers.add(new NumberStated(Double.parseDouble(written), written, start));
            at = end;
        }
        return numbers;
    }

    /** where the number starting at {@code start} ends, or -1 if none starts there */
    private int numberEnd(int start) {
        int at = start < chars.length && chars[start] == '-' && digit(start + 1) ? start + 1 : start;
        if (!digit(at)) {
            return -1;
        }
        while (digit(at)) {
            at++;
        }
        if (at < chars.length && chars[at] == '.' && digit(at + 1)) {
            at++;
            while (digit(at)) {
                at++;
            }
        }
        return at;
    }

    private boolean digit(int at) {
        return at < chars.length && chars[at] >= '0' && chars[at] <= '9';
    }

    /** neither a letter, a number (of any script) nor a full stop */
    private static boolean canPrecedeNumber(int c) {
        if (c < 128) {
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.');
        }
        int type = Character.getType(c);
        return c != '.' && !Character.isLetter(c) && type != Character.DECIMAL_DIGIT_NUMBER
                && type != Character.LETTER_NUMBER && type != Character.OTHER_NUMBER;
    }

    /** the trigger that negates the words from {@code start} to {@code end}, or null */
    private String negation(int start, int end) {
        if (starts == null) {
            findWords();
        }
        int first = wordAt(start);
        int last = wordAt(end - 1);
        if (first < 0 || last < 0) {
            return null;
        }
        int from = first;
        while (from > 0 && first - from < Negation.WINDOW && !sentenceEnds[from - 1]
                && !Negation.SCOPE_ENDS.contains(word(from - 1))) {
            from--;
        }
        String before = trigger(Negation.BEFORE, from, first);
        if (before != null) {
            return before;
        }
        int to = last;
        while (to < wordsFound - 1 && to - last < Negation.WINDOW && !sentenceEnds[to]
                && !Negation.SCOPE_ENDS.contains(word(to + 1))) {
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
                return text.substring(starts[i], ends[i + trigger.size() - 1]);
            }
        }
        return null;
    }

    private List<String> longestAt(List<List<String>> phrases, int i, int to) {
        if (!Negation.FIRST_WORDS.contains(word(i))) {
            return null;
        }
        List<String> longest = null;
        for (List<String> phrase : phrases) {
            if (i + phrase.size() <= to && wordsAre(i, phrase) && (longest == null || phrase.size() > longest.size())) {
                longest = phrase;
            }
        }
        return longest;
    }

    /** whether the words from i on are {@code phrase} */
    private boolean wordsAre(int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!word(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** the word holding character {@code offset}, or -1 (the words stand in order, so a binary search finds it) */
    private int wordAt(int offset) {
        int low = 0;
        int high = wordsFound - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (offset < starts[middle]) {
                high = middle - 1;
            } else if (offset >= ends[middle]) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** a full stop, question or exclamation mark, semicolon or blank line between two words (not a decimal point) */
    private boolean endsSentence(int gapStart, int gapEnd) {
        if (gapEnd - gapStart == 1 && chars[gapStart] == '.') {
            return !(Character.isDigit(chars[gapStart - 1]) && Character.isDigit(chars[gapEnd])); // a decimal point
        }
        for (int at = gapStart; at < gapEnd; at++) {
            char c = chars[at];
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' && at + 1 < gapEnd && chars[at + 1] == '\n') {
                return true;
            }
        }
        return false;
    }
}
