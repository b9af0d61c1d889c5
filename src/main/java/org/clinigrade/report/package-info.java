/**
 * The frame of a grading report, whatever was graded: one self-contained HTML page, its sections, facts, tables and
 * bar charts with confidence intervals. Depends on nothing else in clinigrade (what a section says is its caller's).
 */
package org.clinigrade.report;
