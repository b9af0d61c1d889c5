package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the arithmetic a model writes: numbers, + − × ÷ * / ** ^, parentheses (and square brackets or braces
 * used as parentheses, as in {@code [(140-45)*48.7]/(72*0.7)}), and min, max, pow, round,
 * abs, sqrt, log, log10, exp (also as math.sqrt and the like). Nothing else: no names, no calls beyond these,
 * so evaluating untrusted text runs no code. Depth and length are bounded.
 */
public final class Arithmetic {

    private static final int MAX_LENGTH = 2_000;
    private static final int MAX_DEPTH = 64;
    /** the brackets that group, each with its closer: a model writes [ ] and { } as outer parentheses */
    static final List<String> GROUPING = List.of("()", "[]", "{}");

    private final String text;
    private int position;
    private int depth;

    private Arithmetic(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException if the text is not such an expression */
    public static double evaluate(String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("expression longer than " + MAX_LENGTH + " characters");
        }
        Arithmetic parser = new Arithmetic(normalise(expression));
        double value = parser.sum();
        parser.skipSpaces();
        if (parser.position != parser.text.length()) {
            throw new IllegalArgumentException("unexpected '" + parser.text.charAt(parser.position) + "'");
        }
        return value;
    }

    private static String normalise(String expression) {
        return expression.replace('×', '*').replace('÷', '/').replace('−', '-').replace('–', '-').replace("^", "**")
                .replace("math.", "").replace("np.", "").replace("numpy.", "");
    }

    private double sum() {
        double value = product();
        while (true) {
            if (take('+')) {
                value += product();
            } else if (take('-')) {
                value -= product();
            } else {
                return value;
            }
        }
    }

    private double product() {
        double value = unary();
        while (true) {
            skipSpaces();
            if (text.startsWith("**", position)) {
                return value;
            }
            if (take('*')) {
                value *= unary();
            } else if (take('/')) {
                double divisor = unary();
                if (divisor == 0) {
                    throw new IllegalArgumentException("division by zero");
                }
                value /= divisor;
            } else {
                return value;
            }
        }
    }

    private double unary() {
        if (take('-')) {
            return -unary();
        }
        if (take('+')) {
            return unary();
        }
        return power();
    }

    /** ** binds tighter than unary minus on its left and takes a signed exponent on its right, as in Python */
    private double power() {
        double base = atom();
        skipSpaces();
        if (text.startsWith("**", position)) {
            position += 2;
            double result = Math.pow(base, unary());
            if (Double.isNaN(result) || Double.isInfinite(result)) {
                throw new IllegalArgumentException("power out of range");
            }
            return result;
        }
        return base;
    }

    private double atom() {
        skipSpaces();
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deeply");
        }
        try {
            for (String pair : GROUPING) {
                if (take(pair.charAt(0))) {
                    double value = sum();
                    expect(pair.charAt(1));
                    return value;
                }
            }
            if (position < text.length() && Character.isLetter(text.charAt(position))) {
                return call();
            }
            return number();
        } finally {
            depth--;
        }
    }

    private double call() {
        int start = position;
        while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)))) {
            position++;
        }
        String name = text.substring(start, position).toLowerCase(Locale.ROOT);
        expect('(');
        List<Double> arguments = new ArrayList<>();
        if (!take(')')) {
            do {
                arguments.add(sum());
            } while (take(','));
            expect(')');
        }
        return apply(name, arguments);
    }

    private static double apply(String name, List<Double> a) {
        return switch (name) {
            case "min" -> a.stream().mapToDouble(Double::doubleValue).min().orElseThrow(() -> arity(name));
            case "max" -> a.stream().mapToDouble(Double::doubleValue).max().orElseThrow(() -> arity(name));
            case "pow" -> Math.pow(one(name, a, 2, 0), a.get(1));
            case "round" -> round(a, name);
            case "abs" -> Math.abs(one(name, a, 1, 0));
            case "int" -> (double) (long) one(name, a, 1, 0);
            case "float" -> one(name, a, 1, 0);
            case "sqrt" -> Math.sqrt(one(name, a, 1, 0));
            case "log" -> a.size() == 2 ? Math.log(a.get(0)) / Math.log(a.get(1)) : Math.log(one(name, a, 1, 0));
            case "log10" -> Math.log10(one(name, a, 1, 0));
            case "exp" -> Math.exp(one(name, a, 1, 0));
            default -> throw new IllegalArgumentException("unknown function '" + name + "'");
        };
    }

    /** Python's round: half to even, to a number of decimals if given */
    private static double round(List<Double> a, String name) {
        if (a.size() == 2) {
            double scale = Math.pow(10, a.get(1));
            return Math.rint(a.get(0) * scale) / scale;
        }
        return Math.rint(one(name, a, 1, 0));
    }

    private static double one(String name, List<Double> arguments, int arity, int index) {
        if (arguments.size() != arity) {
            throw arity(name);
        }
        return arguments.get(index);
    }

    private static IllegalArgumentException arity(String name) {
        return new IllegalArgumentException("wrong number of arguments to " + name);
    }

    private double number() {
        int start = position;
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int mark = position++;
            if (position < text.length() && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
                position++;
            }
            if (position >= text.length() || !Character.isDigit(text.charAt(position))) {
                position = mark;
            }
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
        }
        if (start == position) {
            throw new IllegalArgumentException(position < text.length()
                    ? "unexpected '" + text.charAt(position) + "'" : "expression ends too soon");
        }
        try {
            return Double.parseDouble(text.substring(start, position));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text.substring(start, position) + "'");
        }
    }

    private boolean take(char c) {
        skipSpaces();
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw new IllegalArgumentException("expected '" + c + "'");
        }
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
