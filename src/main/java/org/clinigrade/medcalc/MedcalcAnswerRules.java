package org.clinigrade.medcalc;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.grade.AnswerCheck;
import org.clinigrade.grade.Label;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.ReferenceCase;
import org.clinigrade.units.DateText;
import org.clinigrade.units.Numbers;

/**
 * MedCalc-Bench's own answer rules ({@code evaluation/run.py} {@code extract_answer} and
 * {@code evaluate.py} {@code check_correctness}, v1.0), quirks included, so a run can be compared with
 * published numbers: the answer list by calculator ID, the last "N%" divided by 100, Python's round half to
 * even, and any answer Python's {@code eval} rejects counted incorrect.
 */
public final class MedcalcAnswerRules implements AnswerCheck {

    static final Set<Integer> DATES = Set.of(13, 68);
    static final Set<Integer> INTEGERS = Set.of(4, 15, 16, 17, 18, 20, 21, 25, 27, 28, 29, 32, 33, 36, 43, 45,
            48, 51);
    static final Pattern TUPLE = Pattern.compile(
            "\\(?[\"']?(\\d+)\\s*(weeks?)?[\"']?,?\\s*[\"']?(\\d+)\\s*(days?)?[\"']?\\s*\\)?");
    private static final Pattern PYTHON_NUMBER = Pattern.compile(
            "\\s*[-+]?\\s*(?:(?:0(?:_?0)*|[1-9](?:_?\\d)*)(?:\\.\\d*)?|\\.\\d+|0\\d*\\.\\d*)(?:[eE][-+]?\\d+)?\\s*");

    private static final Pattern SPACE_OR_UNDERSCORE = Pattern.compile("[\\s_]");

    @Override
    public Judgement judge(ModelOutput output, ReferenceCase reference, Label label) {
        Integer id = reference.calculator().definition().medcalcId();
        if (id == null) {
            return new Judgement(false, "not a MedCalc-Bench calculator: its rules do not apply");
        }
        String answer = output.harnessAnswer() != null ? output.harnessAnswer()
                : MedcalcAnswerExtraction.normalise(output.answer() == null ? "Not Found" : output.answer(), id);
        try {
            return new Judgement(correct(answer, label, id), null);
        } catch (IllegalArgumentException e) {
            return new Judgement(false, "MedCalc-Bench's check fails on '" + answer + "' (" + e.getMessage() + ")");
        }
    }

    /** check_correctness; an IllegalArgumentException where Python would raise */
    static boolean correct(String answer, Label label, int id) {
        if (DATES.contains(id)) {
            return date(answer).equals(date(label.answer()));
        }
        if (id == 69) {
            Matcher truth = TUPLE.matcher(label.answer());
            if (!truth.find()) {
                throw new PythonError("label is not (weeks, days)");
            }
            Matcher given = TUPLE.matcher(answer);
            return given.find() && Long.parseLong(given.group(1)) == Long.parseLong(truth.group(1))
                    && Long.parseLong(given.group(3)) == Long.parseLong(truth.group(3));
        }
        if (INTEGERS.contains(id)) {
            return Math.rint(python(answer)) == python(label.answer());
        }
        double value = python(answer);
        return value >= bound(label.lower(), label.lowerValue()) && value <= bound(label.upper(), label.upperValue());
    }

    /** a limit as Python reads it; the label has read a plain decimal already, and Python reads it the same way */
    private static double bound(String text, double read) {
        return Numbers.plainDecimal(text) && !leadingZeros(text) ? read : python(text);
    }

    /** Python's eval on a number literal; anything else raises, as eval of "N/A" or of prose does */
    static double python(String text) {
        double plain = Numbers.plainDecimalValue(text);
        if (!Double.isNaN(plain) && !leadingZeros(text)) {
            return plain;
        }
        return pythonLiteral(text);
    }

    /** the rest of {@link #python}: apart, so that compiling the plain case does not compile the patterns too */
    private static double pythonLiteral(String text) {
        if (!PYTHON_NUMBER.matcher(text).matches()) {
            throw new PythonError(leadingZeros(text.strip()) ? "leading zeros in '" + text.strip()
                    + "' are a SyntaxError" : "eval cannot read '" + abbreviate(text) + "' as a number");
        }
        return Double.parseDouble(SPACE_OR_UNDERSCORE.matcher(text).replaceAll(""));
    }

    /** an integer literal with leading zeros ("07"), which Python 3 refuses; "00" and "07.5" it reads */
    private static boolean leadingZeros(String text) {
        int first = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() - first < 2 || text.charAt(first) != '0' || text.indexOf('.') >= 0) {
            return false;
        }
        for (int i = first + 1; i < text.length(); i++) {
            if (text.charAt(i) >= '1' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** strptime(text.strip(), "%m/%d/%Y") */
    static LocalDate date(String text) {
        LocalDate date = DateText.readUs(text.strip());
        if (date == null) {
            throw new PythonError("strptime cannot read '" + abbreviate(text) + "' as %m/%d/%Y");
        }
        return date;
    }

    /**
     * What Python raises. Thousands of answers in a run can raise it ("N/A", "name 'N' is not defined"), and it only
     * becomes a note on the verdict, so it does without the cost of a stack trace.
     */
    static final class PythonError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        PythonError(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
