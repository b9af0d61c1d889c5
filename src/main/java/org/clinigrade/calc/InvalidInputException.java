package org.clinigrade.calc;

import java.util.List;

/**
 * Input that cannot be used; the message names the field first: {@code weight: -70 kg must be greater than 0 kg}.
 * Input with several faults lists them all, one after another: {@code age: missing; temperature: missing}.
 */
public class InvalidInputException extends RuntimeException {

    /** One field at fault and what is wrong with it. */
    public record Problem(String field, String problem) {
        @Override
        public String toString() {
            return field + ": " + problem;
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(String field, String problem) {
        this(List.of(new Problem(field, problem)));
    }

    /** @param problems at least one, in the order the fields are read */
    public InvalidInputException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** the first field at fault */
    public String field() {
        return problems.get(0).field();
    }

    public List<Problem> problems() {
        return problems;
    }
}
