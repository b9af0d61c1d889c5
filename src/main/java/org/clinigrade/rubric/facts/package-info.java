/**
 * What a response is found to contain, as facts for a rubric's rules: the criterion itself, each phrase found (with
 * the negation that voids it), the first match of a pattern, the numbers stated, the word count and a calculator's
 * value on the case. The rules made from a rubric's templates decide each criterion from these.
 */
package org.clinigrade.rubric.facts;
