/**
 * The rule engine: finds rule files by where they come from and how far they are trusted (bundled, made from data
 * by a template whose typed slots are the only way data becomes rules, or a folder the user trusts), assembles a
 * definition's rules with the shared ones it places, compiles them into shared rule sets (or loads those precompiled at
 * build time), runs pooled stateless sessions over facts and collects the trace the rules record; an
 * {@link org.clinigrade.engine.Answer} is what an evaluation gives. Knows no kind of definition (calculator, index,
 * rubric) and no command line; borrows the writing of numbers and dates from {@code units}.
 */
package org.clinigrade.engine;
