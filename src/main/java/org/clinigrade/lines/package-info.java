/**
 * JSON Lines files graded line by line, whatever is graded: {@link org.clinigrade.lines.GradeRun} reads a file in
 * parallel chunks, has a {@link org.clinigrade.lines.LineGrader} turn each line into one verdict line, and writes them
 * in input order, with progress and exit codes; plus the byte-level reading and writing of JSON that keeps this fast.
 * Depends only on {@code units}, for JSON syntax errors in plain words (it must not know calculators, grading rules or
 * reports).
 */
package org.clinigrade.lines;
