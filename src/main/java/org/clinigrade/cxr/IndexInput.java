package org.clinigrade.cxr;

import java.util.List;

/**
 * One CheXStruct CSV column an index reads.
 *
 * @param column  the column's name in the CSV, and the key of the input object
 * @param title   what it is, in words
 * @param type    how it is read
 * @param minimum the least value a number or either coordinate of a point may take, or null for none
 * @param integer whether a number or a point's coordinates must be whole (pixel positions the pipeline stores as integers)
 * @param values  for {@link Type#LABELS}: the labels a list may hold
 */
public record IndexInput(String column, String title, Type type, Double minimum, boolean integer, List<String> values) {

    /** How a column is read. */
    public enum Type {
        /** a number, written bare or as text (as a CSV holds it) */
        NUMBER,
        /** a point {@code [x, y]}, as an array or as the CSV writes it ({@code "[x, y]"}, {@code "(x, y)"}) */
        POINT,
        /** the view position, a string (PA, AP, or another the pipeline writes) */
        VIEW,
        /** a list of labels, as an array or as the CSV writes it ({@code "['flat' 'left']"}) */
        LABELS
    }
}
