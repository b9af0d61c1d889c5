package org.clinigrade.grade;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.engine.WeeksAndDays;

/**
 * A reference label as MedCalc-Bench's CSVs give it: the answer and the interval an answer must fall in.
 * Numbers compare by interval ({@code lower} ≤ x ≤ {@code upper}); dates and (weeks, days) exactly.
 *
 * @param answer the {@code Ground Truth Answer} as written; "N/A" where the corrected set finds none
 */
public record Label(String answer, String lower, String upper) {

    public boolean notApplicable() {
        return answer.isBlank() || answer.equals("N/A");
    }

    private static final Pattern WEEKS_DAYS = Pattern.compile("\\(\\s*'(\\d+) weeks?',\\s*'(\\d+) days?'\\s*\\)");

    /**
     * Whether a value agrees: a number within the limits; a date equal to the label's; (weeks, days) equal to
     * the v1.0 tuple {@code ('39 weeks', '2 days')}, or, as the corrected set gives it, a total of days within the limits.
     */
    public boolean accepts(Object value) {
        if (value instanceof LocalDate date) {
            return date(answer).map(date::equals).orElse(false);
        }
        if (value instanceof WeeksAndDays duration) {
            Matcher tuple = WEEKS_DAYS.matcher(answer);
            return tuple.matches()
                    ? duration.weeks() == Long.parseLong(tuple.group(1)) && duration.days() == Long.parseLong(tuple.group(2))
                    : within(duration.totalDays());
        }
        return value instanceof Double number && within(number);
    }

    private boolean within(double value) {
        try {
            return Double.parseDouble(lower) <= value && value <= Double.parseDouble(upper);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** the label's own value in the form answers take: a Double, a LocalDate or WeeksAndDays; empty if unreadable */
    public Optional<Object> value() {
        Matcher tuple = WEEKS_DAYS.matcher(answer);
        if (tuple.matches()) {
            return Optional.of(new WeeksAndDays(Long.parseLong(tuple.group(1)), Long.parseLong(tuple.group(2))));
        }
        Optional<LocalDate> date = date(answer);
        if (date.isPresent()) {
            return Optional.of(date.get());
        }
        try {
            return Optional.of(Double.parseDouble(answer));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** the label for a value clinigrade computed: numbers within ±{@code relative}, anything else exactly */
    public static Label around(Object value, String written, double relative) {
        if (value instanceof Double number) {
            double spread = Math.abs(number) * relative;
            return new Label(written, Double.toString(number - spread), Double.toString(number + spread));
        }
        if (value instanceof WeeksAndDays duration) {
            return new Label("('" + duration.weeks() + " weeks', '" + duration.days() + " days')", written, written);
        }
        return new Label(written, written, written);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ofPattern("M/d/uuuu")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
