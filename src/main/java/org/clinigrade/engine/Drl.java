package org.clinigrade.engine;

import java.util.List;

/**
 * DRL text made by filling a {@link DrlTemplate}. Only a template makes one, so DRL built from data is always
 * template text with typed, checked values in its slots, never a string pasted in.
 */
public final class Drl {

    private final String text;

    Drl(String text) {
        this.text = text;
    }

    /** fragments one after another, as one fragment */
    public static Drl concat(List<Drl> fragments) {
        StringBuilder joined = new StringBuilder();
        fragments.forEach(fragment -> joined.append(fragment.text));
        return new Drl(joined.toString());
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
