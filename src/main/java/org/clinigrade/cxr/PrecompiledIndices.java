package org.clinigrade.cxr;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step: the bundled indices' rules, each as the one DRL text an evaluation compiles (shared rules in place),
 * compiled into the jar, so a {@code calc} on an index starts without compiling DRL.
 */
public final class PrecompiledIndices {

    private PrecompiledIndices() {
    }

    /** compiles every bundled index's rules into {@code args[0]} */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        IndexCatalog catalog = IndexCatalog.bundled();
        catalog.precompile(target);
        System.out.println("precompiled the rules of " + catalog.all().size() + " chest X-ray indices into " + target);
    }
}
