/**
 * Weighted rubrics: rubric files (native, and HealthBench records read as they are), their deterministic criteria
 * turned into rules through fixed templates (or, for a {@code rules} check, decided by the rubric's hand-written
 * rules, which run only when shipped or trusted), verdicts from a judge outside (a judgments file, or an OpenAI-compatible
 * endpoint asked one criterion at a time), and the published scoring schemes
 * (HealthBench's and the tiered one of QuarkMedBench). Depends on {@code calc} for criteria that check a calculator's
 * value, on {@code engine} and {@code units}, and on {@code lines} and {@code report} for the grading loop and the
 * report's frame; never on {@code grade}, {@code medcalc}, {@code mcp} or {@code cli}.
 */
package org.clinigrade.rubric;
