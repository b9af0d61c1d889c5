package org.clinigrade.cli;

import picocli.CommandLine;

/** the version from the jar's manifest, or "development" when run from classes */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"clinigrade " + number()};
    }

    /** {@code 0.1.0-SNAPSHOT}, as reports record it */
    static String number() {
        String version = Clinigrade.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
