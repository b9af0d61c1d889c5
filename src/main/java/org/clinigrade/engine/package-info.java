/**
 * The rule engine: finds rule files by where they come from and how far they are trusted (bundled, generated from
 * data through a template, or a folder the user trusts), compiles them into shared rule sets (or loads the bundled
 * ones precompiled at build time), runs pooled stateless sessions over facts and collects the trace the rules record;
 * an {@link org.clinigrade.engine.Answer} is what an evaluation gives. Knows no kind of definition (calculator,
 * index, rubric) and no command line; borrows the writing of numbers and dates from {@code units}.
 */
package org.clinigrade.engine;
