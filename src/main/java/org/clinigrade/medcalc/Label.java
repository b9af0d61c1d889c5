package org.clinigrade.medcalc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.engine.WeeksAndDays;

/**
 * A benchmark label as the CSV gives it: the answer and the interval an answer must fall in.
 * Numbers compare by interval ({@code Lower Limit} ≤ x ≤ {@code Upper Limit}); dates and (weeks, days) exactly.
 *
 * @param answer the {@code Ground Truth Answer} as written; "N/A" where the corrected set finds none
 */
record Label(String answer, String lower, String upper) {

    boolean notApplicable() {
        return answer.isBlank() || answer.equals("N/A");
    }

    private static final Pattern WEEKS_DAYS = Pattern.compile("\\(\\s*'(\\d+) weeks?',\\s*'(\\d+) days?'\\s*\\)");

    /**
     * Whether our value agrees: a number within the limits; a date equal to the label's; (weeks, days) equal to
     * the v1.0 tuple {@code ('39 weeks', '2 days')}, or, as the corrected set gives it, a total of days within the limits.
     */
    boolean accepts(Object value) {
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

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ofPattern("M/d/uuuu")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
