package org.clinigrade.calc;

import org.clinigrade.engine.Answer;
import org.clinigrade.engine.StepJson;
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
        json.set("steps", StepJson.of(result.steps()));
        ArrayNode warnings = json.putArray("warnings");
        result.warnings().forEach(warnings::add);
        return json;
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
}
