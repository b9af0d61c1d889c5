/**
 * Calculators as files: reading and checking {@code calculators/<id>.json}, assembling its rules (its DRL, its
 * points ladders through the ladder template, the shared rules it places), turning entities (MedCalc-Bench or
 * canonical) into canonical facts, and evaluating them with those rules into a {@link org.clinigrade.calc.Result}.
 * Depends on {@code engine} and {@code units}.
 */
package org.clinigrade.calc;
