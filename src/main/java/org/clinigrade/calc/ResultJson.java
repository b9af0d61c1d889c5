package org.clinigrade.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.Step;
import org.clinigrade.engine.WeeksAndDays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A result as JSON, the one shape shared by {@code calc --json} and the tool server. */
public final class ResultJson {

    private ResultJson() {
    }

    public static ObjectNode of(Result result, int decimals) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        json.put("calculator", result.calculator());
        if (result.medcalcId() != null) {
            json.put("medcalc_id", result.medcalcId());
        } else {
            json.putNull("medcalc_id");
        }
        json.set("value", value(result.value(), decimals));
        json.put("unit", result.unit());
        json.put("interpretation", result.interpretation());
        ArrayNode steps = json.putArray("steps");
        for (Step step : result.steps()) {
            ObjectNode node = steps.addObject();
            node.put("name", step.name());
            node.put("detail", step.detail());
            if (step.value() == null) {
                node.putNull("value");
            } else {
                node.put("value", significant(step.value()));
            }
            node.put("kind", step.kind().name().toLowerCase(java.util.Locale.ROOT));
            outcome(node, step.outcome());
        }
        ArrayNode warnings = json.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return json;
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

    /** a number as the output's decimals say, a date as MM/DD/YYYY, a duration as {weeks, days}, a category by name */
    public static JsonNode value(Answer value, int decimals) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Answer.Date || value instanceof Answer.Category) {
            return nodes.stringNode(value.text());
        }
        if (value instanceof WeeksAndDays duration) {
            ObjectNode node = nodes.objectNode();
            node.put("weeks", Math.toIntExact(duration.weeks()));
            node.put("days", Math.toIntExact(duration.days()));
            return node;
        }
        double number = ((Answer.Number) value).value();
        return decimals == 0 ? nodes.numberNode(Math.round(number)) : nodes.numberNode(number);
    }

    /** intermediate values to 6 significant digits: enough to check a step, without binary noise (79.83225712000001) */
    private static double significant(double value) {
        return new BigDecimal(value).round(new MathContext(6)).doubleValue();
    }
}
