package org.clinigrade.units;

/** A unit that is unknown, not accepted for an input, or cannot be converted; the message says which and why. */
public class UnitException extends RuntimeException {
    public UnitException(String message) {
        super(message);
    }
}
