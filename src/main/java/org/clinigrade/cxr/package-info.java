/**
 * Chest X-ray indices' grading: CXReasonBench's multi-stage answers judged stage by stage without an LLM judge
 * ({@link org.clinigrade.cxr.TranscriptJudge}), and the benchmark's metrics as its {@code metric.py} prints them
 * ({@link org.clinigrade.cxr.MetricSummary}). Depends on {@code calc} (for its input errors) and {@code report};
 * never on {@code cli}.
 */
package org.clinigrade.cxr;
