package org.clinigrade.units;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as text, the one reader and writer for every date clinigrade takes in or gives out: MM/DD/YYYY as
 * MedCalc-Bench writes them (month and day of one or two digits, a four-digit year), or ISO YYYY-MM-DD. Strict:
 * a date that does not exist (02/30/2020) is not read, nor is anything around or after the date.
 */
public final class DateText {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private DateText() {
    }

    /** M/D/YYYY or YYYY-MM-DD; null for any other text, or a date that does not exist */
    public static LocalDate read(String text) {
        LocalDate us = readUs(text);
        return us != null ? us : readIso(text);
    }

    /**
     * M/D/YYYY only (as Python's {@code strptime(text, "%m/%d/%Y")} reads it); null for any other text, or a date
     * that does not exist.
     */
    public static LocalDate readUs(String text) {
        int first = text.indexOf('/');
        int second = text.indexOf('/', first + 1);
        if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || text.length() - second != 5) {
            return null;
        }
        return date(digits(text, second + 1, text.length()), digits(text, 0, first), digits(text, first + 1, second));
    }

    /** YYYY-MM-DD, each part exactly that many digits; null for any other text, or a date that does not exist */
    public static LocalDate readIso(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        return date(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** MM/DD/YYYY, as results and verdicts write a date */
    public static String write(LocalDate date) {
        return date.format(US_DATE);
    }

    /** a year from 1, as Python's {@code datetime} has them: year 0 is a typing slip, not a date */
    private static LocalDate date(int year, int month, int day) {
        if (year < 1 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** the number text[from, to) writes in ASCII digits, or -1 */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
