package org.clinigrade.cxr;

import java.util.List;

/**
 * An index's input that cannot be used; the message names each column at fault and what was expected:
 * {@code heart_xmin: missing (expected a number of pixels); point_2: "[3]" is not a point [x, y] of two numbers}.
 */
public final class IndexInputException extends RuntimeException {

    /** One column at fault and what is wrong with it. */
    public record Problem(String field, String problem) {
        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    private final List<Problem> problems;

    public IndexInputException(String field, String problem) {
        this(List.of(new Problem(field, problem)));
    }

    /** @param problems at least one, in the order the columns are read */
    public IndexInputException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** the first column at fault */
    public String field() {
        return problems.get(0).field();
    }
}
