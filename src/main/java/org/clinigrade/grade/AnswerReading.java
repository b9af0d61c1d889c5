package org.clinigrade.grade;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.calc.OutputSpec;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.WeeksAndDays;
import org.clinigrade.units.DateText;
import org.clinigrade.units.Numbers;

/**
 * Reads a model's final answer as the calculator's output type: a number (with "N out of M", fractions,
 * percentages, scientific notation and units around it), a date, or (weeks, days). Says so when the model gave
 * no answer, and when what it gave cannot be read.
 */
final class AnswerReading {

    /** The outcome of reading an answer. */
    sealed interface Reading permits Value, Abstention, Unreadable {
    }

    /** @param how how the text was read, when it took more than a plain number; null otherwise */
    record Value(Answer value, String how) implements Reading {
        Value(double number, String how) {
            this(new Answer.Number(number), how);
        }
    }

    record Abstention(String reason) implements Reading {
    }

    record Unreadable(String reason) implements Reading {
    }

    private AnswerReading() {
    }

    private static final Pattern JSON_ANSWER = Pattern.compile("[Aa]nswer\"\\s*:\\s*(.*?)\\s*}", Pattern.DOTALL);
    private static final Pattern TAGGED = Pattern.compile("<answer>(.*?)<\\s*[\\\\/]\\s*answer>", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)your_answer_here|x\\.xx|str\\(\\s*(short_and_direct_answer_of_the_question|value which is the answer to the question)\\s*\\)");
    private static final Pattern NO_ANSWER = Pattern.compile("(?i)\\s*(n/?a|none|null|nan|not found|unknown|not available|"
            + "not applicable|undetermined|indeterminate|-+|\\?+)\\s*\\.?\\s*");
    private static final Pattern DECLINED = Pattern.compile("(?i)cannot|can't|unable|insufficient|not enough|missing|"
            + "not provided|not (be )?(determined|calculated|computed)|not possible|no data|not specified");

    static Reading read(String text, OutputSpec output) {
        if (text == null) {
            return new Abstention("no answer given");
        }
        double plain = Numbers.plainDecimalValue(text);
        if (!Double.isNaN(plain) && !output.type().equals("date") && !output.type().equals("weeks_days")) {
            return new Value(plain, null);
        }
        return readWritten(text, output);
    }

    /**
     * An answer that is not just a number: unwrapped, checked for an abstention, then read as the output's type.
     * Apart from {@link #read}, so that compiling the usual plain number does not compile all the patterns too.
     */
    private static Reading readWritten(String text, OutputSpec output) {
        String answer = unwrap(text).strip();
        if (answer.length() > 1 && (answer.startsWith("\"") && answer.endsWith("\"")
                || answer.startsWith("'") && answer.endsWith("'"))) {
            answer = answer.substring(1, answer.length() - 1).strip();
        }
        if (answer.isEmpty()) {
            return new Abstention("empty answer");
        }
        if (mayHoldPlaceholder(answer) && PLACEHOLDER.matcher(answer).find()) {
            return new Abstention("echoed the answer placeholder '" + clip(answer) + "'");
        }
        if (NO_ANSWER.matcher(answer).matches()) {
            return new Abstention("answered '" + answer + "'");
        }
        if (!hasDigit(answer) && DECLINED.matcher(answer).find()) {
            return new Abstention("declined: '" + clip(answer) + "'");
        }
        return switch (output.type()) {
            case "date" -> date(answer);
            case "weeks_days" -> weeksAndDays(answer);
            default -> number(answer, output);
        };
    }

    /** the answer inside a JSON dict ({"answer": …}) or <answer> tags, the way models were asked to give it */
    private static String unwrap(String text) {
        String inner = null;
        // most answers are neither: a search for the literal part first spares them the patterns
        if (text.contains("<answer>")) {
            Matcher tagged = TAGGED.matcher(text);
            while (tagged.find()) {
                inner = tagged.group(1);
            }
        }
        if (inner == null && text.contains("nswer\"")) {
            Matcher json = JSON_ANSWER.matcher(text);
            while (json.find()) {
                inner = json.group(1);
            }
        }
        return inner != null ? inner : text;
    }

    /** whether the text has what every placeholder has: an underscore, a point or a parenthesis */
    private static boolean mayHoldPlaceholder(String text) {
        return text.indexOf('_') >= 0 || text.indexOf('.') >= 0 || text.indexOf('(') >= 0;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- numbers

    private static final Pattern OUT_OF = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(?:out of|/)\\s*\\d+\\s*(?:points?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])([-−]?\\d+(?:\\.\\d+)?|[-−]?\\.\\d+)(?:\\s*(?:[eE]([-+]?\\d+)|[x×*]\\s*10\\s*\\^\\s*([-−]?\\d+)))?(\\s*%)?");
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])(\\d{1,3})((?:,\\d{3})+)(?![\\d,])");
    private static final Pattern RANGE = Pattern.compile("^\\s*-?\\d+(?:\\.\\d+)?\\s*(?:-|–|to)\\s*\\d+(?:\\.\\d+)?\\s*$");
    /** unit text that carries digits of its own: mL/min/1.73 m², m², ×10⁹/L */
    private static final Pattern UNIT_DIGITS = Pattern.compile("(?i)/\\s*1\\.73\\s*m(\\^?2|²)?|\\bm\\^?2\\b|m²|10\\^?9\\s*/\\s*l");

    private static Reading number(String answer, OutputSpec output) {
        String text = UNIT_DIGITS.matcher(answer).replaceAll(" ");
        text = THOUSANDS.matcher(text).replaceAll(m -> m.group(1) + m.group(2).replace(",", ""));
        String scored = scoreOutOf(text, output);
        if (scored != null) {
            return new Value(Double.parseDouble(scored), "'" + clip(answer) + "' read as " + scored + " points");
        }
        if (RANGE.matcher(text).matches()) {
            return new Unreadable("a range, not one value: '" + clip(answer) + "'");
        }
        Matcher fraction = FRACTION.matcher(text.strip());
        if (fraction.matches() && Double.parseDouble(fraction.group(2)) != 0) {
            double value = Double.parseDouble(fraction.group(1)) / Double.parseDouble(fraction.group(2));
            return new Value(value, "the fraction '" + answer + "'");
        }
        List<double[]> numbers = numbers(text, output);
        if (numbers.isEmpty()) {
            return new Unreadable("no number in '" + clip(answer) + "'");
        }
        int chosen = chosen(text, numbers);
        if (chosen < 0) {
            return new Unreadable("several numbers and no one answer: '" + clip(answer) + "'");
        }
        double value = numbers.get(chosen)[0];
        String how = numbers.get(chosen)[1] > 0 ? "'" + clip(answer) + "' is a percentage: read as " + value : null;
        if (numbers.size() > 1) {
            how = "several numbers in '" + clip(answer) + "': took " + Numbers.format(value);
        }
        return new Value(value, how);
    }

    /** a score written "3 out of 9" or "3/9 points" is its first number, for point-total calculators only */
    private static String scoreOutOf(String text, OutputSpec output) {
        if (!output.fromPoints()) {
            return null;
        }
        Matcher outOf = OUT_OF.matcher(text);
        return outOf.find() && (outOf.group(0).toLowerCase(Locale.ROOT).contains("out of")
                || outOf.group(0).toLowerCase(Locale.ROOT).contains("point")) ? outOf.group(1) : null;
    }

    /** every number: {value, 1 if it was a percentage read as a fraction} */
    private static List<double[]> numbers(String text, OutputSpec output) {
        List<double[]> numbers = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        boolean percentOutput = output.unit() != null && output.unit().contains("%");
        while (number.find()) {
            double value = Double.parseDouble(number.group(1).replace('−', '-'));
            String exponent = number.group(2) != null ? number.group(2) : number.group(3);
            if (exponent != null) {
                value *= Math.pow(10, Double.parseDouble(exponent.replace('−', '-')));
            }
            boolean percent = number.group(4) != null && !percentOutput;
            numbers.add(new double[] {percent ? value / 100 : value, percent ? 1 : 0});
        }
        return numbers;
    }

    /** the only number; or after "=", ":" or " is ", the first number there; -1 if several and no such marker */
    private static int chosen(String text, List<double[]> numbers) {
        if (numbers.size() == 1) {
            return 0;
        }
        int marker = Math.max(Math.max(text.lastIndexOf('='), text.lastIndexOf(':')), text.lastIndexOf(" is "));
        if (marker < 0) {
            return -1;
        }
        int before = NUMBER.matcher(text.substring(0, marker)).results().mapToInt(r -> 1).sum();
        return Math.min(before, numbers.size() - 1);
    }

    // ---- dates

    private static final Pattern US_DATE = Pattern.compile("(?<!\\d)\\d{1,2}/\\d{1,2}/\\d{4}(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final DateTimeFormatter[] WORDED = {
        formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu")};

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static Reading date(String answer) {
        Matcher us = US_DATE.matcher(answer);
        if (us.find()) {
            LocalDate date = DateText.readUs(us.group());
            return date != null ? new Value(new Answer.Date(date), null) : notACalendarDate(answer);
        }
        try {
            Matcher iso = ISO_DATE.matcher(answer);
            if (iso.find()) {
                return new Value(new Answer.Date(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)))), "ISO date '" + answer + "'");
            }
        } catch (DateTimeException e) {
            return notACalendarDate(answer);
        }
        String cleaned = answer.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replace(".", "").strip();
        for (DateTimeFormatter format : WORDED) {
            try {
                return new Value(new Answer.Date(LocalDate.parse(cleaned, format)), "the date '" + answer + "'");
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return new Unreadable("not a date (expected MM/DD/YYYY): '" + clip(answer) + "'");
    }

    private static Reading notACalendarDate(String answer) {
        return new Unreadable("not a calendar date: '" + clip(answer) + "'");
    }

    // ---- (weeks, days)

    private static final Pattern WORDS = Pattern.compile("(?i)(\\d+)\\s*(?:weeks?|wks?|w)\\b\\W*(?:and\\s*)?(?:(\\d+)\\s*(?:days?|d)\\b)?");
    private static final Pattern TUPLE = Pattern.compile("^[(\\[]?\\s*['\"]?(\\d+)['\"]?\\s*,\\s*['\"]?(\\d+)['\"]?\\s*[)\\]]?$");
    private static final Pattern DAYS_ONLY = Pattern.compile("(?i)^(\\d+)\\s*days?$");

    private static Reading weeksAndDays(String answer) {
        String text = answer.strip();
        Matcher words = WORDS.matcher(text);
        if (words.find()) {
            long days = words.group(2) == null ? 0 : Long.parseLong(words.group(2));
            return new Value(new WeeksAndDays(Long.parseLong(words.group(1)), days), null);
        }
        Matcher tuple = TUPLE.matcher(text);
        if (tuple.matches()) {
            return new Value(new WeeksAndDays(Long.parseLong(tuple.group(1)), Long.parseLong(tuple.group(2))), null);
        }
        Matcher days = DAYS_ONLY.matcher(text);
        if (days.matches()) {
            WeeksAndDays duration = WeeksAndDays.of(Long.parseLong(days.group(1)));
            return new Value(duration, "'" + answer + "' read as " + duration);
        }
        return new Unreadable("not (weeks, days): '" + clip(answer) + "'");
    }

    static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
