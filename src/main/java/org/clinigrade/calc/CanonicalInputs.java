package org.clinigrade.calc;

import java.util.List;
import org.clinigrade.engine.Step;

/**
 * Entities after reading: one fact per input in canonical units, the steps that got them there
 * (conversions, defaults taken) and warnings (entities ignored).
 */
public record CanonicalInputs(List<Object> facts, List<Step> steps, List<String> warnings) {
}
