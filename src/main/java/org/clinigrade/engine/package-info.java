/**
 * The rule engine: compiles DRL into a shared KieBase (or loads the bundled rules precompiled at build time),
 * runs pooled stateless sessions over canonical facts and collects the steps the rules record. Knows nothing of calculator files or the command line
 * (it borrows only the writing of numbers and dates from {@code units}). {@link org.clinigrade.engine.Answer} is what an evaluation gives.
 */
package org.clinigrade.engine;
