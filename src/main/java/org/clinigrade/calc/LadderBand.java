package org.clinigrade.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.clinigrade.engine.Drl;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;

/**
 * The range of one band of a points ladder, as the source prints it: {@code from} (≥) or {@code above} (>), and
 * {@code below} (<) or {@code up_to} (≤); either end may be open.
 *
 * @param at    the band's JSON pointer, for messages
 * @param group bands under the same conditions form one ladder whose ranges must meet end to end
 */
record LadderBand(String at, Double lower, boolean lowerIncluded, Double upper, boolean upperIncluded, String group) {

    private static final Map<String, String> OPERATORS = Map.of("from", ">=", "above", ">", "below", "<", "up_to", "<=");

    static LadderBand of(String at, JsonNode node, String group) {
        Double lower = bound(node, "from", "above");
        Double upper = bound(node, "below", "up_to");
        return new LadderBand(at, lower, node.has("from"), upper, node.has("up_to"), group);
    }

    private static Double bound(JsonNode node, String key, String otherKey) {
        JsonNode value = node.has(key) ? node.get(key) : node.get(otherKey);
        return value == null ? null : value.doubleValue();
    }

    /** the DRL comparison for a bound's key: {@code from} is {@code >=} */
    static String operator(String key) {
        return OPERATORS.get(key);
    }

    boolean isEmpty() {
        return lower != null && upper != null
                && (lower > upper || (lower.equals(upper) && !(lowerIncluded && upperIncluded)));
    }

    /** the constraints on the value, lower bound first */
    List<Drl> bounds(LadderRules rules) {
        List<Drl> bounds = new ArrayList<>();
        if (lower != null) {
            bounds.add(rules.fill("bound", Map.of("operator", lowerIncluded ? ">=" : ">", "limit", lower)));
        }
        if (upper != null) {
            bounds.add(rules.fill("bound", Map.of("operator", upperIncluded ? "<=" : "<", "limit", upper)));
        }
        return bounds;
    }

    /**
     * Within each group, the bands sorted by their lower ends must meet end to end: each starts where the one before
     * it ends, the shared value in exactly one of them.
     */
    static void checkCoverage(List<LadderBand> bands, BiFunction<String, String, CalculatorFileException> fault) {
        Map<String, List<LadderBand>> groups = new LinkedHashMap<>();
        bands.forEach(band -> groups.computeIfAbsent(band.group, g -> new ArrayList<>()).add(band));
        Comparator<LadderBand> byLower = Comparator
                .comparing((LadderBand b) -> b.lower == null ? Double.NEGATIVE_INFINITY : b.lower)
                .thenComparing(b -> b.lowerIncluded ? 0 : 1);
        for (List<LadderBand> group : groups.values()) {
            List<LadderBand> sorted = group.stream().sorted(byLower).toList();
            for (int i = 1; i < sorted.size(); i++) {
                LadderBand before = sorted.get(i - 1);
                LadderBand band = sorted.get(i);
                boolean meets = before.upper != null && before.upper.equals(band.lower)
                        && before.upperIncluded != band.lowerIncluded;
                if (!meets) {
                    boolean gap = before.upper != null && band.lower != null && (before.upper < band.lower
                            || (before.upper.equals(band.lower) && !before.upperIncluded));
                    throw fault.apply(band.at, band + (gap ? " leaves a gap after " : " overlaps ") + before
                            + " (" + before.at + ")");
                }
            }
        }
    }

    @Override
    public String toString() {
        List<String> ends = new ArrayList<>();
        if (lower != null) {
            ends.add((lowerIncluded ? "from " : "above ") + Numbers.format(lower));
        }
        if (upper != null) {
            ends.add((upperIncluded ? "up to " : "below ") + Numbers.format(upper));
        }
        return "'" + String.join(", ", ends) + "'";
    }
}
