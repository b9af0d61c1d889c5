package org.clinigrade.calc;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step: the bundled calculators' rules, each as the one DRL text a calculation compiles (ladders and shared
 * rules in place), compiled into the jar, so a {@code calc} starts without compiling DRL.
 */
public final class PrecompiledCalculators {

    private PrecompiledCalculators() {
    }

    /** compiles every bundled calculator's rules into {@code args[0]} */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        CalculatorCatalog catalog = CalculatorCatalog.bundled();
        catalog.precompile(target);
        System.out.println("precompiled the rules of " + catalog.all().size() + " calculators into " + target);
    }
}
