package org.clinigrade.grade;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.clinigrade.calc.OutputSpec;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.WeeksAndDays;
import org.clinigrade.units.Numbers;

/**
 * A wrong answer that is right read another way: a fraction where a percentage is asked (0.531 for 53.1%),
 * a value off by a unit's factor of 1000, a date with day and month swapped, weeks and days swapped.
 */
final class FormatSlip {

    private FormatSlip() {
    }

    private static final double[] FACTORS = {100, 0.01, 1000, 0.001};
    private static final String[] MEANINGS = {"a value 100 times too small", "a value 100 times too large",
        "a value in a unit 1000 times larger", "a value in a unit 1000 times smaller"};
    /** what a factor of 100 means when the calculator answers in per cent */
    private static final String[] PERCENT_MEANINGS = {"a fraction where a percentage is expected",
        "a percentage where a fraction is expected"};

    /** how the answer would be right, or null if no other reading makes it right */
    static String find(Answer answer, Label label, OutputSpec spec) {
        if (answer instanceof Answer.Number written && written.value() != 0 && spec.decimals() > 0) {
            double number = written.value();
            for (int i = 0; i < FACTORS.length; i++) {
                Answer.Number reread = new Answer.Number(number * FACTORS[i]);
                if (label.accepts(reread)) {
                    boolean percent = "%".equals(spec.unit()) && i < PERCENT_MEANINGS.length;
                    return (percent ? PERCENT_MEANINGS[i] : MEANINGS[i]) + ": " + Numbers.format(number) + " × " + Numbers.format(FACTORS[i]) + " = "
                            + reread.text() + " would be correct";
                }
            }
        }
        if (answer instanceof Answer.Date written && written.date().getDayOfMonth() <= 12) {
            LocalDate date = written.date();
            try {
                Answer.Date swapped = new Answer.Date(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
                if (label.accepts(swapped)) {
                    return "day and month swapped: " + swapped.text() + " would be correct";
                }
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (answer instanceof WeeksAndDays duration && duration.weeks() < 7) {
            WeeksAndDays swapped = new WeeksAndDays(duration.days(), duration.weeks());
            if (label.accepts(swapped)) {
                return "weeks and days swapped: " + swapped.text() + " would be correct";
            }
        }
        return null;
    }
}
