/**
 * Quantities, units and the conversions between them, each conversion described so it can be shown as a step.
 * Depends on nothing else in clinigrade.
 */
package org.clinigrade.units;
