package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's reasoning (prose or code) as evidence: the numbers it states, the arithmetic it claims
 * ("(140 − 83) × 67.2 / (72 × 1.4) = 40.3"), the value it gives a named quantity ("creatinine of 1.4 mg/dL",
 * {@code creatinine = 1.4}) and whether it reads a finding as present or absent. Heuristic by nature, so every
 * use of it is reported as evidence the reader can check.
 */
final class ReasoningText {

    /** a number as written, with its decimals so a comparison can allow for the model's rounding */
    record Stated(double value, int decimals) {

        /**
         * Whether this written number is {@code value} as the writer would round it, or within 0.5% of it. A small
         * whole number is not taken as a rounding: "4" is not 3.718.
         */
        boolean means(double value) {
            double gap = Math.abs(this.value - value);
            boolean rounding = decimals > 0 || Math.abs(value) >= 20;
            return rounding && gap <= 0.5 * Math.pow(10, -decimals) * 1.0001 || gap <= 0.005 * Math.abs(value);
        }
    }

    /** arithmetic the model wrote out, and the result it gave for it */
    record Claim(String expression, double stated, int statedDecimals, double computed) {
        boolean slips() {
            double tolerance = 0.5 * Math.pow(10, -statedDecimals) + 0.01 * Math.abs(computed);
            return Math.abs(computed - stated) > tolerance;
        }
    }

    /**
     * @param unit   the text right after the number, which may name its unit; may be empty
     * @param inches the inches of a height written "6 ft 2 in", else null
     */
    record Binding(double value, String unit, Double inches) {
    }

    private static final int MAX_CHARS = 200_000;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?|\\.\\d+)(?![\\d])");

    private final String text;
    private final String lower;
    private final List<Stated> numbers = new ArrayList<>();

    ReasoningText(String reasoning) {
        String clipped = reasoning.length() > MAX_CHARS ? reasoning.substring(0, MAX_CHARS) : reasoning;
        this.text = clipped.replace('−', '-').replace('–', '-').replace("²", "^2").replace("³", "^3")
                .replaceAll("(?<=[\\d)])\\s+[xX×]\\s+(?=[\\d(a-zA-Z])|(?<=\\d)[xX×](?=\\d)", " * ");
        this.lower = text.toLowerCase(Locale.ROOT);
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String written = number.group(1);
            numbers.add(new Stated(Double.parseDouble(written), decimals(written)));
        }
    }

    /** whether the text states {@code value} anywhere, as written or rounded */
    boolean states(double value) {
        double magnitude = Math.abs(value);
        for (Stated stated : numbers) {
            if (stated.means(magnitude)) {
                return true;
            }
        }
        return false;
    }

    // ---- arithmetic claims

    /** "1.7-2.2" is a range in a scoring table, not a subtraction */
    private static final Pattern RANGE = Pattern.compile("\\s*\\d+(\\.\\d+)?\\s*-\\s*\\d+(\\.\\d+)?\\s*");
    private static final String FUNCTIONS = "|min|max|sqrt|log|log10|exp|round|abs|pow|math|";
    private static final Pattern RESULT = Pattern.compile("\\G\\s*(?:≈|~|approximately|approx\\.?)?\\s*(-?\\d+(?:\\.\\d+)?)(?![\\d/])");

    List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        for (int at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
            if (isComparison(at)) {
                continue;
            }
            String expression = leftOf(at);
            Matcher result = RESULT.matcher(text);
            if (expression == null || !result.find(at + 1)) {
                continue;
            }
            if (RANGE.matcher(expression).matches()) {
                continue;
            }
            try {
                double computed = Arithmetic.evaluate(expression);
                claims.add(new Claim(expression.strip(), Double.parseDouble(result.group(1)), decimals(result.group(1)),
                        computed));
            } catch (IllegalArgumentException e) {
                // not arithmetic after all (a date, a ratio written with words): no claim
            }
        }
        return claims;
    }

    private boolean isComparison(int at) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        return "<>!=".indexOf(before) >= 0 || after == '=';
    }

    /** the arithmetic just before an '=', or null if there is none, or it starts mid-expression (weight/(1.73*1.73)) */
    private String leftOf(int equals) {
        int start = equals;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if ("0123456789.+-*/^()[]{}, ×÷".indexOf(c) >= 0) {
                start--;
            } else if (Character.isLetter(c)) {
                int wordStart = start - 1;
                while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                if (!FUNCTIONS.contains("|" + text.substring(wordStart, start).toLowerCase(Locale.ROOT) + "|")) {
                    break;
                }
                start = wordStart;
            } else {
                break;
            }
        }
        String expression = text.substring(start, equals).strip();
        while (expression.startsWith(",")) {
            expression = expression.substring(1).strip();
        }
        if (expression.isEmpty() || "+*/^)]}".indexOf(expression.charAt(0)) >= 0 || !balanced(expression)) {
            return null;
        }
        long operands = NUMBER.matcher(expression).results().count();
        boolean operator = expression.replaceFirst("^-", "").matches(".*[-+*/^].*");
        return operands >= 2 && operator && !expression.matches("\\d{1,2}/\\d{1,2}/\\d{2,4}") ? expression : null;
    }

    /** every bracket closed by its own kind, in order: ( [ ] ) yes, ( ] no */
    private static boolean balanced(String expression) {
        StringBuilder open = new StringBuilder();
        for (char c : expression.toCharArray()) {
            for (String pair : Arithmetic.GROUPING) {
                if (c == pair.charAt(0)) {
                    open.append(pair.charAt(1));
                } else if (c == pair.charAt(1)) {
                    if (open.length() == 0 || open.charAt(open.length() - 1) != c) {
                        return false;
                    }
                    open.setLength(open.length() - 1);
                }
            }
        }
        return open.length() == 0;
    }

    // ---- named values and findings

    private static final Pattern VALUE_AFTER = Pattern.compile(
            "\\G[^.;\\n\\d]{0,40}?(?<![\\w.])(?<![*/^(+-]\\s?)(?<![<>≥≤]=?\\s?)(-?\\d+(?:\\.\\d+)?)(?![\\d])\\s*([A-Za-zµμ/%][A-Za-z0-9µμ/%^.]{0,11})?"
            + "(?:\\s*(\\d+(?:\\.\\d+)?)\\s*(in|inches|inch)\\b)?");

    /** the first number written after a mention of one of {@code terms}, in the same sentence; null if none */
    Binding binding(List<String> terms) {
        for (Mention mention : mentions(terms)) {
            Matcher value = VALUE_AFTER.matcher(text);
            if (value.find(mention.end())) {
                String unit = value.group(2) == null ? "" : value.group(2).replaceAll("[.,]$", "");
                Double inches = value.group(3) == null ? null : Double.parseDouble(value.group(3));
                return new Binding(Double.parseDouble(value.group(1)), unit, inches);
            }
        }
        return null;
    }

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(no|not|without|denies|denied|absent|negative|never|none|neither|nor|free of|unremarkable|n't)\\b");
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "^[^.;\\n]{0,30}?(\\b(is|was|were|are|has been)?\\s*\\b(not|absent|negative|denied|unknown|unclear)\\b|=\\s*(false|0|none)\\b)");
    /** where a negation's scope ends: a clause break, or one of these words */
    private static final String SCOPE_BREAKS = ".;:\n";
    private static final List<String> SCOPE_WORDS = List.of("but", "however", "although");
    /** what follows a mention belongs to it only up to the next clause or list item */
    private static final Pattern AFTER_BREAK = Pattern.compile("\\bbut\\b|\\bhowever\\b|\\band\\b|\\bor\\b|[.;:,\\n]");
    /** sentences that name a criterion to define the score, not to say whether this patient has it */
    private static final Pattern DEFINITION = Pattern.compile(
            "calculated|based on|criteria|formula|is given by|consists of|components|factors|includes|such as");

    /**
     * Whether the text reads the finding as present (TRUE) or absent (FALSE), at its first mention that is about
     * the patient rather than the score's definition; null if there is none. Negation is read NegEx-style: a cue
     * before the mention in the same clause, or "is not …" / "absent" just after it.
     */
    Boolean polarity(List<String> terms) {
        for (Mention mention : mentions(terms)) {
            String before = lower.substring(Math.max(0, mention.start() - 120), mention.start());
            int clause = lastBreak(before);
            String scope = before.substring(clause);
            String sentence = before.substring(Math.max(lastSentence(before), 0));
            if (DEFINITION.matcher(sentence).find()) {
                continue;
            }
            String after = lower.substring(mention.end(), Math.min(lower.length(), mention.end() + 40));
            Matcher afterBreak = AFTER_BREAK.matcher(after);
            after = afterBreak.find() ? after.substring(0, afterBreak.start()) : after;
            return !(NEGATION.matcher(scope).find() || NEGATED_AFTER.matcher(after).find());
        }
        return null;
    }

    /** the end of the last scope break in text, or 0 */
    private static int lastBreak(String text) {
        int last = 0;
        for (int i = 0; i < SCOPE_BREAKS.length(); i++) {
            last = Math.max(last, text.lastIndexOf(SCOPE_BREAKS.charAt(i)) + 1);
        }
        for (String word : SCOPE_WORDS) {
            for (int at = text.lastIndexOf(word); at >= 0; at = text.lastIndexOf(word, at - 1)) {
                int end = at + word.length();
                if (!wordChar(text, at - 1) && !wordChar(text, end)) {
                    last = Math.max(last, end);
                    break;
                }
            }
        }
        return last;
    }

    private static int lastSentence(String text) {
        return Math.max(text.lastIndexOf(". "), text.lastIndexOf('\n'));
    }

    private record Mention(int start, int end) {
    }

    /** every mention of any of the terms as whole words, earliest first */
    private List<Mention> mentions(List<String> terms) {
        List<Mention> found = new ArrayList<>();
        for (String term : terms) {
            String word = term.toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            // indexOf and a boundary check, not a regex per term: this runs for every input of every record
            for (int at = lower.indexOf(word); at >= 0; ) {
                int end = at + word.length();
                if (!wordChar(lower, at - 1) && !wordChar(lower, end)) {
                    found.add(new Mention(at, end));
                    at = lower.indexOf(word, end);
                } else {
                    at = lower.indexOf(word, at + 1);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** a regex \w character at index i of text (false outside it) */
    private static boolean wordChar(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static int decimals(String written) {
        int point = written.indexOf('.');
        return point < 0 ? 0 : written.length() - point - 1;
    }
}
