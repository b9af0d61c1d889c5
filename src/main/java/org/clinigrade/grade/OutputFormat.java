package org.clinigrade.grade;

import org.clinigrade.lines.InvalidRecordException;
import org.clinigrade.lines.LineChunks;
import org.clinigrade.lines.LineGrader;

/** Reads one line of a model-outputs file (JSON Lines) into a {@link ModelOutput}. Thread-safe. */
public interface OutputFormat {

    /**
     * @param withProcess false to skip everything but the answer (entities, steps, reasoning), for answer-only grading
     * @throws InvalidRecordException with the reason the line cannot be graded
     */
    ModelOutput read(byte[] line, int offset, int length, boolean withProcess);

    /**
     * Reads the record on the line that starts at {@code offset} in a buffer of lines: the line ends at its first
     * '\n' (a '\r' before it is not part of it) or at {@code limit}. A format that can find the end in the same
     * pass as it reads the line overrides this.
     *
     * @throws InvalidRecordException as {@link #read} does
     */
    default LineGrader.Line<ModelOutput> readLine(byte[] bytes, int offset, int limit, boolean withProcess) {
        int end = LineChunks.contentEnd(bytes, offset, limit);
        return new LineGrader.Line<>(read(bytes, offset, end - offset, withProcess), end);
    }
}
