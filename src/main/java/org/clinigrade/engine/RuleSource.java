package org.clinigrade.engine;

/**
 * The text of one DRL file, where it came from and how far it is trusted. Only this package makes one, so DRL
 * reaches the compiler only from a {@link RuleLibrary} (bundled, or a folder the user trusts) or from a fixed
 * template filled with checked data.
 */
public final class RuleSource {

    private final String name;
    private final String display;
    private final String text;
    private final Trust trust;

    /**
     * @param name    the file's path inside its rules folder ({@code calculators/bmi.drl}), which also keys the rules
     *                compiled at build time
     * @param display the file as a person would recognise it, for error messages
     */
    RuleSource(String name, String display, String text, Trust trust) {
        this.name = name;
        this.display = display;
        this.text = text;
        this.trust = trust;
    }

    /**
     * Rules a fixed template made from data ({@link Trust#GENERATED}): the only way rules reach the compiler from a file
     * that is not trusted, since only a template makes a {@link Drl}.
     */
    public static RuleSource generated(String name, String display, Drl rules) {
        return new RuleSource(name, display, rules.text(), Trust.GENERATED);
    }

    public String name() {
        return name;
    }

    public String display() {
        return display;
    }

    public String text() {
        return text;
    }

    public Trust trust() {
        return trust;
    }

    @Override
    public String toString() {
        return display + " (" + trust.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
