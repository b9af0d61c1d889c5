/**
 * The rule engine: compiles DRL into a shared KieBase (or loads rules precompiled at build time), runs pooled
 * stateless sessions over canonical facts and collects the steps the rules record; fills DRL templates whose typed
 * slots are the only way data becomes rules. Knows nothing of calculator files or the command line (it borrows only
 * number formatting from {@code units}).
 */
package org.clinigrade.engine;
