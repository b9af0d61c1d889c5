/**
 * Grading of model outputs against reference cases: answer reading, entity and step checks, error attribution,
 * verdicts and their summary. Depends on {@code calc} and {@code engine}.
 */
package org.clinigrade.grade;
