package org.clinigrade.lines;

/**
 * One kind of grading, line by line, for {@link GradeRun}: reads a line into a record, writes the record's verdict
 * line and counts the verdict in a summary. Called from several threads at once, each counting into its own summary.
 *
 * @param <R> what a line is read into
 * @param <S> counts over verdicts: one per chunk of lines, merged in input order
 */
public interface LineGrader<R, S> {

    /**
     * Reads the record on one line, {@code line[offset, offset + length)}, without its line end.
     *
     * @throws InvalidRecordException with the reason the line cannot be graded
     */
    R read(byte[] line, int offset, int length);

    /** the record's id, for the verdict of a record that fails while it is graded; null if it has none */
    String id(R record);

    /**
     * Writes the record's verdict line, without the newline, and counts it in {@code summary}.
     *
     * @throws InvalidRecordException with the reason the record cannot be graded (nothing is written or counted then)
     */
    void grade(R record, JsonBytes verdicts, S summary);

    /** counts a line that cannot be graded, its verdict to be written later by {@link #writeInvalid} */
    void countInvalid(String id, String reason, S summary);

    /**
     * Writes the verdict line of a line that cannot be graded, without the newline.
     *
     * @param id   the record's id if it could be read, else null
     * @param line the line's number in the file, from 1
     */
    void writeInvalid(String id, long line, String reason, JsonBytes verdicts);

    /** an empty summary, for one chunk of lines */
    S newSummary();

    /** adds the counts of a later part of the run to {@code whole} */
    void merge(S whole, S later);
}
