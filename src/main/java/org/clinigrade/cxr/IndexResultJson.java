package org.clinigrade.cxr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.clinigrade.engine.Step;
import org.clinigrade.engine.StepJson;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An index's result as JSON, the one shape shared by {@code calc --json} and the tool server: a calculator's fields
 * (value, unit, interpretation, steps, warnings) and the label, decision, accepted answers, exclusion and reason.
 */
public final class IndexResultJson {

    private IndexResultJson() {
    }

    public static ObjectNode of(IndexDefinition definition, IndexResult result) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("calculator", result.task());
        json.putNull("medcalc_id");
        if (result.value() == null) {
            json.putNull("value");
        } else if (definition.measure() != null && definition.measure().decimals() == 0) {
            json.put("value", Math.round(result.value()));
        } else {
            json.put("value", result.value());
        }
        json.put("unit", result.unit());
        json.put("interpretation", interpretation(definition, result));
        if (result.label() == null) {
            json.putNull("label");
        } else {
            json.put("label", result.label().intValue());
        }
        json.put("decision", result.decision());
        ArrayNode accepted = json.putArray("accepted_answers");
        result.accepted().forEach(accepted::add);
        json.put("excluded", result.excluded());
        json.put("reason", result.reason());
        json.set("steps", StepJson.of(result.steps()));
        ArrayNode warnings = json.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return json;
    }

    /** the index as a person reads it: its title, each step, then the value with the decision, and any warnings */
    public static List<String> lines(IndexDefinition definition, IndexResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(definition.title() + "  [" + definition.id() + ", chest X-ray index]");
        for (Step step : result.steps()) {
            lines.add("  " + step.name() + ": " + step.detail());
        }
        String value = result.value() == null ? "" : decimal(definition, result.value()) + result.unit() + "  ";
        lines.add(result.excluded() ? "= excluded: " + result.reason()
                : "= " + value + result.decision() + ": " + interpretation(definition, result) + " (label "
                        + result.label() + "); accepted: " + String.join(" or ", result.accepted()));
        result.warnings().forEach(w -> lines.add("warning: " + w));
        return lines;
    }

    /** the index to its decimals (0.50), or as given for an index compared unrounded */
    private static String decimal(IndexDefinition definition, double value) {
        return definition.measure() == null ? Numbers.format(value)
                : BigDecimal.valueOf(value).setScale(definition.measure().decimals(), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** the words of the decision ("cardiomegaly", "no cardiomegaly"); null when excluded */
    private static String interpretation(IndexDefinition definition, IndexResult result) {
        if (result.excluded()) {
            return null;
        }
        return result.label() == 1 ? definition.yes() : definition.no();
    }
}
