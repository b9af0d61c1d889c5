/**
 * Calculators as files: reading and checking {@code calculators/<id>.json}, turning entities (MedCalc-Bench
 * or canonical) into canonical facts, and evaluating them with the calculator's rules into a {@link org.clinigrade.calc.Result}.
 * Depends on {@code engine} and {@code units}.
 */
package org.clinigrade.calc;
