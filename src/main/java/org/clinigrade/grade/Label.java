package org.clinigrade.grade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.calc.OutputSpec;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.WeeksAndDays;
import org.clinigrade.units.DateText;
import org.clinigrade.units.Numbers;

/**
 * A reference label as MedCalc-Bench's CSVs give it: the answer and the interval an answer must fall in.
 * Numbers compare by interval ({@code lower} ≤ x ≤ {@code upper}); dates and (weeks, days) exactly.
 *
 * @param answer     the {@code Ground Truth Answer} as written; "N/A" where the corrected set finds none
 * @param lowerValue {@code lower} read as a number once, since every graded record compares with it; NaN if it is not one
 * @param upperValue {@code upper} likewise
 */
public record Label(String answer, String lower, String upper, double lowerValue, double upperValue) {

    public Label(String answer, String lower, String upper) {
        this(answer, lower, upper, number(lower), number(upper));
    }

    private static double number(String text) {
        double plain = Numbers.plainDecimalValue(text);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public boolean notApplicable() {
        return answer.isBlank() || answer.equals("N/A");
    }

    private static final Pattern WEEKS_DAYS = Pattern.compile("\\(\\s*'(\\d+) weeks?',\\s*'(\\d+) days?'\\s*\\)");

    /**
     * Whether a value agrees: a number within the limits; a date equal to the label's; (weeks, days) equal to
     * the v1.0 tuple {@code ('39 weeks', '2 days')}, or, as the corrected set gives it, a total of days within the limits;
     * a category named as the label names it, regardless of case.
     */
    public boolean accepts(Answer value) {
        if (value instanceof Answer.Number number) {
            return within(number.value());
        }
        if (value instanceof Answer.Date date) {
            return date.date().equals(DateText.read(answer));
        }
        if (value instanceof Answer.Category category) {
            return answer.strip().equalsIgnoreCase(category.name());
        }
        WeeksAndDays duration = (WeeksAndDays) value;
        Matcher tuple = WEEKS_DAYS.matcher(answer);
        return tuple.matches()
                ? duration.weeks() == Long.parseLong(tuple.group(1)) && duration.days() == Long.parseLong(tuple.group(2))
                : within(duration.totalDays());
    }

    private boolean within(double value) {
        return lowerValue <= value && value <= upperValue;
    }

    /**
     * The label for a value clinigrade computed: a number within ±5%, as MedCalc-Bench's limits, unless it is a
     * whole-number score ({@code decimals} 0); a date or (weeks, days) exactly.
     */
    public static Label computed(Answer value, int decimals) {
        String written = value.text();
        if (value instanceof Answer.Number number) {
            double spread = OutputSpec.tolerance(number.value(), decimals);
            return new Label(written, Double.toString(number.value() - spread), Double.toString(number.value() + spread));
        }
        if (value instanceof WeeksAndDays duration) {
            return new Label("('" + duration.weeks() + " weeks', '" + duration.days() + " days')", written, written);
        }
        return new Label(written, written, written);
    }
}
