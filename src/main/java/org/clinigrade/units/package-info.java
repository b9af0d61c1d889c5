/**
 * Quantities, units and the conversions between them, each conversion described so it can be shown as a step;
 * numbers and dates as text; JSON syntax errors in plain words.
 * Depends on nothing else in clinigrade.
 */
package org.clinigrade.units;
