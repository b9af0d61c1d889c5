package org.clinigrade.cxr;

import java.util.Map;

/**
 * One row of a CheXStruct task CSV, as text, with where it stands.
 *
 * @param line the line of the file the row starts on
 */
record ChexstructRow(String file, long line, Map<String, String> columns) {

    /** the image the row is about (CheXStruct's first column), or "" */
    String image() {
        return columns.getOrDefault("image_file", "");
    }
}
