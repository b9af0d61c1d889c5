package org.clinigrade.grade;

import org.clinigrade.lines.InvalidRecordException;

/** Reads one line of a model-outputs file (JSON Lines) into a {@link ModelOutput}. Thread-safe. */
public interface OutputFormat {

    /**
     * @param withProcess false to skip everything but the answer (entities, steps, reasoning), for answer-only grading
     * @throws InvalidRecordException with the reason the line cannot be graded
     */
    ModelOutput read(byte[] line, int offset, int length, boolean withProcess);
}
