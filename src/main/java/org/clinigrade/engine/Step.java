package org.clinigrade.engine;

/**
 * One line of a trace: a unit conversion, a default taken, a criterion scored or checked, a threshold crossed, a
 * band reached, an intermediate quantity or the final value.
 *
 * @param name    the rule's name (as the source names the criterion) or what was done
 * @param detail  how the value came about, in words and numbers
 * @param value   points, an intermediate value, the value compared with a threshold or the final value; null when
 *                the step carries none
 * @param kind    what the step is, so a grader can align a model's steps with it
 * @param outcome for a threshold, band, criterion or red line: what was found; null for the other kinds
 */
public record Step(String name, String detail, Double value, Kind kind, Outcome outcome) {

    /** a step that carries only a value: an input, points, a derived quantity, a total or an answer */
    public Step(String name, String detail, Double value, Kind kind) {
        this(name, detail, value, kind, null);
    }

    /** What a step is. */
    public enum Kind {
        /** an input converted or defaulted */
        INPUT,
        /** points awarded (or not) for one criterion */
        POINTS,
        /** an intermediate quantity */
        DERIVED,
        /** a value compared with a cut-off, with the margin within which either answer is accepted */
        THRESHOLD,
        /** the band of a scale a value falls in */
        BAND,
        /** a criterion checked: met or not, with its evidence */
        CRITERION,
        /** a safety line: crossed or not, with its evidence */
        RED_LINE,
        /** the sum of the points */
        TOTAL,
        /** the value asked for */
        ANSWER
    }

    /** What a threshold, band, criterion or red-line step found, beyond its value. */
    public sealed interface Outcome permits Threshold, Band, Check {
    }

    /**
     * A value compared with a cut-off.
     *
     * @param side    which side of the cut-off counts as crossed
     * @param margin  how far from the cut-off either answer is accepted (0 for none)
     * @param crossed the value is on the crossed side
     * @param close   the value lies within the margin of the cut-off, so either answer is accepted
     */
    public record Threshold(double cutoff, Side side, double margin, boolean crossed, boolean close) implements Outcome {
    }

    /** Which side of a cut-off counts as crossed. */
    public enum Side {
        AT_OR_ABOVE(">="), ABOVE(">"), AT_OR_BELOW("<="), BELOW("<");

        private final String symbol;

        Side(String symbol) {
            this.symbol = symbol;
        }

        boolean crossed(double value, double cutoff) {
            return switch (this) {
                case AT_OR_ABOVE -> value >= cutoff;
                case ABOVE -> value > cutoff;
                case AT_OR_BELOW -> value <= cutoff;
                case BELOW -> value < cutoff;
            };
        }

        /** the side a comparison names: {@code >=}, {@code >}, {@code <=} or {@code <} */
        public static Side of(String symbol) {
            for (Side side : values()) {
                if (side.symbol.equals(symbol)) {
                    return side;
                }
            }
            throw new IllegalArgumentException("'" + symbol + "' is not one of >=, >, <=, <");
        }

        /** as a comparison is written: {@code >=}, {@code >}, {@code <=}, {@code <} */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * The band of a scale a value falls in: {@code from ≤ value < below}, either bound open (null).
     */
    public record Band(String label, Double from, Double below) implements Outcome {
    }

    /** A criterion or red line checked: met (for a red line: crossed) or not; the step's detail is the evidence. */
    public record Check(boolean met) implements Outcome {
    }
}
