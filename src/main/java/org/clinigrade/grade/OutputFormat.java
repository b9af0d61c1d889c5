package org.clinigrade.grade;

/** Reads one line of a model-outputs file (JSON Lines) into a {@link ModelOutput}. Thread-safe. */
public interface OutputFormat {

    /**
     * @param withProcess false to skip everything but the answer (entities, steps, reasoning), for answer-only grading
     * @throws InvalidRecordException with the reason the line cannot be graded
     */
    ModelOutput read(byte[] line, int offset, int length, boolean withProcess);

    /** A record read in place from a buffer of lines, and where its line's content ends. */
    record Line(ModelOutput output, int end) {
    }

    /**
     * Reads the record on the line that starts at {@code offset} in a buffer of lines: the line ends at its first
     * '\n' (a '\r' before it is not part of it) or at {@code limit}. A format that can find the end in the same
     * pass as it reads the line overrides this.
     *
     * @throws InvalidRecordException as {@link #read} does
     */
    default Line readLine(byte[] bytes, int offset, int limit, boolean withProcess) {
        int end = LineChunks.contentEnd(bytes, offset, limit);
        return new Line(read(bytes, offset, end - offset, withProcess), end);
    }
}
