package org.clinigrade.rubric;

import java.util.Locale;

/** QuarkMedBench's criterion categories, scored 0, 1 or 2 (not met, partly, fully; for a pitfall: none, minor, major). */
public enum Tier {
    ESSENTIAL, IMPORTANT, HIGHLIGHT, PITFALL;

    /** as written in rubric files: {@code essential} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
