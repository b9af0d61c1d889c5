package org.clinigrade.lines;

/** A line that cannot be graded; it still gets a verdict line, with this reason. */
public final class InvalidRecordException extends RuntimeException {

    private final String id;

    /** @param id the record's id if it could be read, else null */
    public InvalidRecordException(String id, String reason) {
        super(reason);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
