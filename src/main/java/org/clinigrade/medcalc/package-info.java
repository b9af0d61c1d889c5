/**
 * MedCalc-Bench's files as they are (the test CSV, its Python-literal entities, the physician-corrected labels)
 * and the conformance run that compares clinigrade's answers with both label sets. Depends on {@code calc}.
 */
package org.clinigrade.medcalc;
