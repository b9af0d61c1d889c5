/**
 * Grading of model outputs against the reference cases of calculators: answer reading, entity and step checks,
 * error attribution, verdicts, their summary by calculator and its report. Depends on {@code calc}, {@code engine},
 * {@code units}, and on {@code lines} and {@code report} for the grading loop and the report's frame; never on
 * {@code medcalc}, {@code mcp} or {@code cli}.
 */
package org.clinigrade.grade;
