package org.clinigrade.engine;

/** A template slot left empty, filled with a value of the wrong type, or a value for a slot that does not exist. */
public class TemplateSlotException extends IllegalArgumentException {
    public TemplateSlotException(String message) {
        super(message);
    }
}
