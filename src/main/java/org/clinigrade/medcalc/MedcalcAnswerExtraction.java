package org.clinigrade.medcalc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MedCalc-Bench's {@code extract_answer}: the answer out of the model's JSON reply, normalised by calculator ID
 * the way its harness wrote {@code LLM Answer}. Used for answers that did not come through that harness.
 * Where the reply is not JSON at all, the whole text is taken as the answer (the harness would find none).
 */
final class MedcalcAnswerExtraction {

    private MedcalcAnswerExtraction() {
    }

    private static final Pattern ANSWER = Pattern.compile("[Aa]nswer\":\\s*(.*?)\\}", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("^(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/(\\d{4})");
    private static final Pattern OUT_OF = Pattern.compile("(\\d+) out of");
    private static final Pattern LIST = Pattern.compile("-?\\d+(, ?-?\\d+)+");
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(\\.\\d+)?)");
    private static final Pattern EGFR = Pattern.compile("(-?\\d+(\\.\\d+)?)\\s*mL/min/1.73");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+(\\.\\d+)?)%");
    private static final Pattern EXPRESSION = Pattern.compile("str\\((.*)\\)", Pattern.DOTALL);

    static String normalise(String reply, int id) {
        String answer = reply;
        if (reply.contains("nswer\"")) {
            Matcher json = ANSWER.matcher(reply);
            answer = "Not Found";
            while (json.find()) {
                answer = strip(json.group(1).strip());
            }
        }
        if (answer.equals("str(short_and_direct_answer_of_the_question)")
                || answer.equals("str(value which is the answer to the question)") || answer.equals("X.XX")) {
            answer = "Not Found";
        }
        if (MedcalcAnswerRules.DATES.contains(id)) {
            Matcher date = DATE.matcher(answer);
            return date.find() ? String.format("%02d/%02d/%s", Integer.parseInt(date.group(1)),
                    Integer.parseInt(date.group(2)), date.group(3)) : "N/A";
        }
        if (id == 69) {
            Matcher tuple = MedcalcAnswerRules.TUPLE.matcher(answer.replace('[', '(').replace(']', ')')
                    .replace("'", "").replace("\"", ""));
            return tuple.find() ? "(" + tuple.group(1) + ", " + tuple.group(3) + ")" : "N/A";
        }
        return MedcalcAnswerRules.INTEGERS.contains(id) ? integer(answer) : decimal(answer);
    }

    private static String integer(String answer) {
        Matcher outOf = OUT_OF.matcher(answer);
        if (outOf.find()) {
            return outOf.group(1);
        }
        Matcher list = LIST.matcher(answer);
        if (list.find()) {
            return Integer.toString(list.group().split(",").length);
        }
        return last(NUMBER.matcher(answer));
    }

    private static String decimal(String answer) {
        Matcher expression = EXPRESSION.matcher(answer);
        if (expression.find()) {
            return evaluate(expression.group(1));
        }
        Matcher egfr = EGFR.matcher(answer);
        if (egfr.find()) {
            return Double.toString(Double.parseDouble(egfr.group(1)));
        }
        String percent = last(PERCENT.matcher(answer));
        if (!percent.equals("N/A")) {
            return Double.toString(Double.parseDouble(percent) / 100);
        }
        return last(NUMBER.matcher(answer));
    }

    /** the harness's clean-up of "str(<expression>)" before eval: unit words out, parentheses balanced */
    private static String evaluate(String expression) {
        String cleaned = expression.replace("^", "**").replace("sqrt", "math.sqrt").replace(".math", "")
                .replace("weight", "").replace("height", "").replace("mg/dl", "").replace("g/dl", "")
                .replace("mmol/L", "").replace("kg", "").replace("g", "").replace("mEq/L", "").split("#")[0];
        long open = cleaned.chars().filter(c -> c == '(').count();
        long close = cleaned.chars().filter(c -> c == ')').count();
        cleaned = open > close ? cleaned + ")".repeat((int) (open - close)) : "(".repeat((int) (close - open)) + cleaned;
        try {
            return Double.toString(org.clinigrade.grade.Arithmetic.evaluate(cleaned));
        } catch (IllegalArgumentException e) {
            return "N/A";
        }
    }

    private static String last(Matcher matcher) {
        String last = "N/A";
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '"') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '"') {
            end--;
        }
        return text.substring(start, end);
    }
}
