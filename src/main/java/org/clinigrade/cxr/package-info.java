/**
 * Chest X-ray diagnostic indices as CheXStruct computes them for CXReasonBench, and the benchmark graded stage by
 * stage. Each index is a definition file ({@code indices/<task>.json}: its CSV columns, thresholds by view, the band
 * where either answer is accepted, its source) with its rules in {@code rules/indices/<task>.drl}, evaluated from one
 * CheXStruct CSV row to the index, the label, the yes/no decision and the accepted answers, with every step; whole
 * CheXStruct CSV files are recomputed and compared with their own indices and labels. A model's multi-stage answers
 * are judged without an LLM judge ({@link org.clinigrade.cxr.TranscriptJudge}), and the benchmark's metrics computed
 * as its {@code metric.py} prints them ({@link org.clinigrade.cxr.MetricSummary}). Depends on {@code engine},
 * {@code units}, {@code calc} (for its input errors) and {@code report}; never on {@code cli}.
 */
package org.clinigrade.cxr;
