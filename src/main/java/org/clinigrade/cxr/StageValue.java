package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value a final answer reports, against the range of the measurement stage's reference option, as
 * {@code metric.py} checks it: the whole final response is read, a range written {@code a - b} is removed first, and
 * then it must hold exactly one distinct number (projection: two, right then left) inside the range, bounds included.
 * Unlike {@code metric.py}, a number in exponent form ({@code 5e-05}, as Python prints small bounds) is read as one
 * number, in the range and in the answer alike.
 */
public final class StageValue {

    /** the value, or why it is not in range */
    public record Check(boolean inRange, String reason) {
    }

    private static final Pattern RANGE = Pattern.compile("\\d+\\.?\\d*\\s*-\\s*\\d+\\.?\\d*");
    private static final Pattern ANSWER_NUMBER = Pattern.compile("(?:\\d*\\.\\d+|\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern MODEL_NUMBER = Pattern.compile("[+]?(?:\\d*\\.\\d+|\\d+)(?:[eE][-+]?\\d+)?");

    private StageValue() {
    }

    /**
     * @param finalResponse     the model's final response
     * @param measurementAnswer the measurement stage's reference, "(c) 0.48 - 0.52" or
     *                          "(a) Right: [0.1, 0.2], (c) Left: [0.5, 0.6]"
     */
    public static Check check(boolean twoSides, String finalResponse, String measurementAnswer) {
        List<String> range = numbers(ANSWER_NUMBER, measurementAnswer);
        if (range.size() < (twoSides ? 4 : 2)) {
            return new Check(false, "the measurement answer '" + measurementAnswer + "' gives no range");
        }
        List<String> said = numbers(MODEL_NUMBER, RANGE.matcher(finalResponse).replaceAll("").replace(" ", ""));
        if (twoSides) {
            if (said.size() != 2) {
                return new Check(false, "expected two values (right, left), found " + said.size());
            }
            boolean right = within(said.get(0), range.get(0), range.get(1));
            boolean left = within(said.get(1), range.get(2), range.get(range.size() - 1));
            return new Check(right && left, "right " + said.get(0) + " in [" + range.get(0) + ", " + range.get(1) + "]: "
                    + right + ", left " + said.get(1) + " in [" + range.get(2) + ", " + range.get(range.size() - 1)
                    + "]: " + left);
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(said);
        if (distinct.size() != 1) {
            return new Check(false, "expected one value in the final response, found " + distinct.size()
                    + (distinct.isEmpty() ? "" : " " + distinct));
        }
        String value = said.get(0);
        String first = range.get(0);
        String last = range.get(range.size() - 1);
        boolean in = within(value, first, last);
        return new Check(in, value + (in ? " in " : " not in ") + "[" + first + ", " + last + "]");
    }

    private static boolean within(String value, String low, String high) {
        double v = Double.parseDouble(value);
        return Double.parseDouble(low) <= v && v <= Double.parseDouble(high);
    }

    private static List<String> numbers(Pattern pattern, String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }
}
