package org.clinigrade.medcalc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.grade.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MedCalc-Bench's answer rules, each quirk as its Python code behaves. */
class MedcalcAnswerRulesTest {

    @ParameterizedTest(name = "calculator {1}: ''{0}'' → {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"answer\": \"53.1%\"} | 40 | 0.531",
        "{\"answer\": \"3 out of 5\"} | 4 | 3",
        "{\"answer\": \"1, 2, 3\"} | 4 | 3",
        "{\"answer\": \"str(round(2 + 3))\"} | 2 | 5.0",
        "{\"answer\": \"8.1 mL/min/1.73 m²\"} | 3 | 8.1",
        "{\"answer\": \"5/4/2021 or so\"} | 13 | 05/04/2021",
        "{\"answer\": \"[4, 3]\"} | 69 | (4, 3)",
        "{\"answer\": \"X.XX\"} | 2 | N/A",
        "no JSON here: 38.2 | 2 | 38.2",
    })
    void extracts_answers_as_the_harness_does(String reply, int id, String expected) {
        assertEquals(expected, MedcalcAnswerExtraction.normalise(reply, id));
    }

    @Test
    void checks_correctness_with_python_semantics() {
        Label three = new Label("3", "3", "3");
        assertFalse(MedcalcAnswerRules.correct("2.5", three, 4), "round(2.5) is 2 in Python");
        assertTrue(MedcalcAnswerRules.correct("3.5", new Label("4", "4", "4"), 4), "round(3.5) is 4");
        assertTrue(MedcalcAnswerRules.correct("38.32", new Label("38", "36.1", "39.9"), 2));
        assertFalse(MedcalcAnswerRules.correct("39.95", new Label("38", "36.1", "39.9"), 2));
        assertTrue(MedcalcAnswerRules.correct("1/5/2022", new Label("01/05/2022", "", ""), 13));
        assertTrue(MedcalcAnswerRules.correct("(39, 2)", new Label("('39 weeks', '2 days')", "", ""), 69));
        assertThrows(IllegalArgumentException.class, () -> MedcalcAnswerRules.correct("N/A", three, 4));
        assertEquals(1e-5, MedcalcAnswerRules.python("1e-05"));
    }

    /**
     * What Python 3's eval makes of each literal, checked with python3 -c 'print(repr(eval("…")))': a number, a
     * SyntaxError, or for "1,000" the tuple (1, 0), which the comparison that follows refuses.
     */
    @Test
    void reads_number_literals_as_python_3_does() {
        assertEquals(-0.5, MedcalcAnswerRules.python("-0.5"));
        assertEquals(0.0, MedcalcAnswerRules.python("00"));
        assertEquals(7.5, MedcalcAnswerRules.python("07.5"));
        assertEquals(1000.0, MedcalcAnswerRules.python(" 1_000 "));
        assertEquals(0.5, MedcalcAnswerRules.python(".5"));
        assertEquals(5.0, MedcalcAnswerRules.python("5."));
        IllegalArgumentException zeros = assertThrows(IllegalArgumentException.class, () -> MedcalcAnswerRules.python("07"));
        assertTrue(zeros.getMessage().contains("leading zeros"), zeros.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MedcalcAnswerRules.python("-007"));
        assertThrows(IllegalArgumentException.class, () -> MedcalcAnswerRules.python("1__000"));
        assertThrows(IllegalArgumentException.class, () -> MedcalcAnswerRules.python("1,000"));
    }

    /**
     * strptime's own pattern for "%m/%d/%Y" (CPython's {@code _strptime.py}, less the space-padded day " 4" that
     * nothing here writes), matched in full, then the date checked as {@code datetime} checks it (years from 1)
     */
    private static final Pattern STRPTIME = Pattern.compile(
            "(1[0-2]|0[1-9]|[1-9])/(3[01]|[12][0-9]|0[1-9]|[1-9])/([0-9]{4})");

    /** dates read as Python reads them: the same dates, the same refusals */
    @Test
    void reads_dates_as_strptime_does() {
        Random random = new Random(13);
        String alphabet = "0123456789/ -x";
        List<String> texts = new ArrayList<>(List.of("1/5/2022", "01/05/2022", "12/31/1999", "2/29/2024", "2/29/2023",
                "02/30/2020", "13/01/2020", "0/10/2020", "10/0/2020", "00/00/0000", "1/1/0000", "123/1/2020", "1/123/2020",
                "1/1/20201", "1/1/202", "/1/2020", "1//2020", "1/1/", " 3/4/2021 ", "3/4/2021\n", "+3/4/2021", "3/-4/2021",
                "٣/4/2021", "3/4/2021/", ""));
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
            texts.add(number(random, 1 + random.nextInt(3)) + "/" + number(random, 1 + random.nextInt(3)) + "/"
                    + number(random, 3 + random.nextInt(3)));
        }
        for (String text : texts) {
            LocalDate expected = strptime(text.strip());
            if (expected == null) {
                assertThrows(IllegalArgumentException.class, () -> MedcalcAnswerRules.date(text), text);
            } else {
                assertEquals(expected, MedcalcAnswerRules.date(text), text);
            }
        }
    }

    private static LocalDate strptime(String text) {
        Matcher parts = STRPTIME.matcher(text);
        if (!parts.matches() || Integer.parseInt(parts.group(3)) < 1) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.group(3)), Integer.parseInt(parts.group(1)),
                    Integer.parseInt(parts.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** a number of so many digits, small ones (possible months and days) more often */
    private static String number(Random random, int digits) {
        String value = Integer.toString(random.nextInt(digits <= 2 ? 40 : (int) Math.pow(10, digits)));
        return "0".repeat(Math.max(0, digits - value.length())) + value;
    }
}
