package org.clinigrade.rubric;

/**
 * A judge's verdict on one criterion for one response.
 *
 * @param met         under the healthbench scheme (for a harm: the harm was done); null under the tiered scheme
 * @param level       under the tiered scheme, 0..max_level; null under healthbench
 * @param explanation the judge's words, if it gave any
 * @param line        where it is in the judgments file, for messages
 */
public record Judgment(Boolean met, Integer level, String explanation, int line) {
}
