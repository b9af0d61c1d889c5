package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import org.clinigrade.calc.OutputSpec;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.WeeksAndDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerReadingTest {

    private static final OutputSpec DECIMAL = new OutputSpec("number", "mL/min", 3, false);
    private static final OutputSpec PERCENT = new OutputSpec("number", "%", 2, false);
    private static final OutputSpec SCORE = new OutputSpec("number", "points", 0, true);

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "38.0 mL/min | 38.0",
        "{\"step_by_step_thinking\": \"...\", \"answer\": \"40.3\"} | 40.3",
        "<answer> 17.29 <\\answer> | 17.29",
        "8.1 mL/min/1.73 m² | 8.1",
        "1,234.5 | 1234.5",
        "1.2e3 | 1200",
        "1.5 × 10^3 | 1500",
        "53.1% | 0.531",
        "The CrCl is 38.2 mL/min | 38.2",
        "3/4 | 0.75",
    })
    void reads_numbers(String text, double expected) {
        assertEquals(expected, number(AnswerReading.read(text, DECIMAL)), 1e-9);
    }

    private static double number(AnswerReading.Reading reading) {
        return ((Answer.Number) ((AnswerReading.Value) reading).value()).value();
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {"3 out of 9 | 3", "4 points | 4", "Score: 2 (low risk, range 0-9) | 2"})
    void reads_scores(String text, double expected) {
        assertEquals(expected, number(AnswerReading.read(text, SCORE)), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"53.1% | 53.1", "0.8 | 0.8"})
    void a_percentage_stays_one_where_the_output_is_in_percent(String text, double expected) {
        assertEquals(expected, number(AnswerReading.read(text, PERCENT)), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"05/04/2021", "5/4/2021", "2021-05-04", "May 4, 2021", "4 May 2021", "May 4th, 2021"})
    void reads_dates(String text) {
        OutputSpec date = new OutputSpec("date", "", 0, false);
        assertEquals(new Answer.Date(LocalDate.of(2021, 5, 4)), ((AnswerReading.Value) AnswerReading.read(text, date)).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(4, 3)", "('4 weeks', '3 days')", "4 weeks, 3 days", "4 weeks and 3 days", "[4, 3]", "31 days"})
    void reads_weeks_and_days(String text) {
        OutputSpec weeks = new OutputSpec("weeks_days", "", 0, false);
        assertEquals(new WeeksAndDays(4, 3), ((AnswerReading.Value) AnswerReading.read(text, weeks)).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"N/A", "Not Found", "YOUR_ANSWER_HERE", "unknown", "The value cannot be determined", "''",
        "X.XX", "str(short_and_direct_answer_of_the_question)", "<answer>your_answer_here</answer>",
        "{\"answer\": \"x.xx\"}", "Unable to calculate"})
    void recognises_abstentions(String text) {
        assertInstanceOf(AnswerReading.Abstention.class, AnswerReading.read(text, DECIMAL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12-15", "about forty", "(4.31, 2.70)", "02/30/2021"})
    void says_when_it_cannot_read_an_answer(String text) {
        OutputSpec spec = text.contains("/") ? new OutputSpec("date", "", 0, false) : DECIMAL;
        assertInstanceOf(AnswerReading.Unreadable.class, AnswerReading.read(text, spec));
    }
}
