/**
 * The facts rules match on: every input, in its canonical unit, as one small record. Rules derive further
 * {@link org.clinigrade.engine.facts.Quantity} facts for intermediate values.
 */
package org.clinigrade.engine.facts;
