package org.clinigrade.calc;

/** Input that cannot be used; the message names the field first: {@code weight: -70 kg must be greater than 0 kg}. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
