package org.clinigrade.engine;

import java.time.LocalDate;
import org.clinigrade.units.DateText;
import org.clinigrade.units.Numbers;

/**
 * A calculator's answer, of one of the kinds a calculator gives: a number, a date, a duration in weeks and days, or a
 * category (a stage, a class). Also what a model's answer is read as, so the two compare kind with kind.
 */
public sealed interface Answer permits Answer.Number, Answer.Date, WeeksAndDays, Answer.Category {

    /** as verdicts and traces write it: 50.21, 05/04/2021, (39 weeks, 2 days) */
    String text();

    /** how far apart two answers are: numbers by their difference, dates and durations in days; infinite across kinds */
    double distance(Answer other);

    /** a value, a score or a count */
    record Number(double value) implements Answer {
        @Override
        public String text() {
            return Numbers.format(value);
        }

        @Override
        public double distance(Answer other) {
            return other instanceof Number number ? Math.abs(value - number.value) : Double.POSITIVE_INFINITY;
        }
    }

    /** a calendar date (a due date) */
    record Date(LocalDate date) implements Answer {
        @Override
        public String text() {
            return DateText.write(date);
        }

        @Override
        public double distance(Answer other) {
            return other instanceof Date day ? Math.abs(date.toEpochDay() - day.date.toEpochDay()) : Double.POSITIVE_INFINITY;
        }
    }

    /** one of a fixed set of named outcomes (a stage, a class); names compare regardless of case */
    record Category(String name) implements Answer {
        @Override
        public String text() {
            return name;
        }

        /** 0 for the same category, 1 for another */
        @Override
        public double distance(Answer other) {
            return other instanceof Category category ? (name.equalsIgnoreCase(category.name) ? 0 : 1)
                    : Double.POSITIVE_INFINITY;
        }
    }
}
