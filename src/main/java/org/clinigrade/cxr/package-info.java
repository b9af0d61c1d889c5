/**
 * Chest X-ray diagnostic indices as CheXStruct computes them for CXReasonBench: each index a definition file
 * ({@code indices/<task>.json}: its CSV columns, thresholds by view, the band where either answer is accepted, its
 * source) with its rules in {@code rules/indices/<task>.drl}; evaluated from one CheXStruct CSV row to the index, the
 * label, the yes/no decision and the accepted answers, with every step; and whole CheXStruct CSV files recomputed and
 * compared with their own indices and labels. Built on the engine alone.
 */
package org.clinigrade.cxr;
