package org.clinigrade.cli;

import picocli.CommandLine;

/** the version from the jar's manifest, or "development" when run from classes */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Clinigrade.class.getPackage().getImplementationVersion();
        return new String[] {"clinigrade " + (version == null ? "development" : version)};
    }
}
