/**
 * MedCalc-Bench's files as they are (the test CSV, its Python-literal entities, the physician-corrected labels)
 * and the conformance run that compares clinigrade's answers with both label sets. Depends on {@code grade},
 * {@code calc} and {@code units}.
 */
package org.clinigrade.medcalc;
