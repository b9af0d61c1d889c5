/**
 * The rule engine: compiles DRL into a shared KieBase, runs a stateless session over canonical facts and
 * collects the steps the rules record. Knows nothing of calculator files or the command line
 * (it borrows only number formatting from {@code units}).
 */
package org.clinigrade.engine;
