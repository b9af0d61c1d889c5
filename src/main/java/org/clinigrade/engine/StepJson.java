package org.clinigrade.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A trace as JSON, the one shape every kind of definition's result gives its steps in. */
public final class StepJson {

    private StepJson() {
    }

    /** each step: name, detail, value, kind, and what a threshold, band, criterion or red line found */
    public static ArrayNode of(List<Step> trace) {
        ArrayNode steps = JsonNodeFactory.instance.arrayNode();
        for (Step step : trace) {
            ObjectNode node = steps.addObject();
            node.put("name", step.name());
            node.put("detail", step.detail());
            if (step.value() == null) {
                node.putNull("value");
            } else {
                node.put("value", significant(step.value()));
            }
            node.put("kind", step.kind().name().toLowerCase(Locale.ROOT));
            outcome(node, step.outcome());
        }
        return steps;
    }

    /** what a threshold, band, criterion or red-line step found; nothing for the other kinds */
    private static void outcome(ObjectNode node, Step.Outcome outcome) {
        if (outcome instanceof Step.Threshold threshold) {
            ObjectNode json = node.putObject("threshold");
            json.put("cutoff", threshold.cutoff());
            json.put("side", threshold.side().symbol());
            json.put("margin", threshold.margin());
            json.put("crossed", threshold.crossed());
            json.put("within_margin", threshold.close());
        } else if (outcome instanceof Step.Band band) {
            ObjectNode json = node.putObject("band");
            json.put("label", band.label());
            json.put("from", band.from());
            json.put("below", band.below());
        } else if (outcome instanceof Step.Check check) {
            node.put("met", check.met());
        }
    }

    /** intermediate values to 6 significant digits: enough to check a step, without binary noise (79.83225712000001) */
    private static double significant(double value) {
        return new BigDecimal(value).round(new MathContext(6)).doubleValue();
    }
}
