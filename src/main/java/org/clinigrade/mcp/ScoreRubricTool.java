package org.clinigrade.mcp;

import java.util.HashMap;
import java.util.Map;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.lines.JsonBytes;
import org.clinigrade.rubric.ExampleGrading;
import org.clinigrade.rubric.ExampleVerdict;
import org.clinigrade.rubric.Judgment;
import org.clinigrade.rubric.Response;
import org.clinigrade.rubric.Rubric;
import org.clinigrade.rubric.RubricFiles;
import org.clinigrade.rubric.Scheme;
import org.clinigrade.rubric.VerdictLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code score_rubric}: one response scored against a rubric, its deterministic criteria checked by the rules. */
final class ScoreRubricTool extends CheckedTool {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ScoreRubricTool() {
        super("score_rubric");
    }

    @Override
    ToolResult call(Arguments arguments) {
        JsonNode given = arguments.get("rubric");
        Rubric rubric = given.isString() ? shipped(given.stringValue()) : RubricFiles.inline("rubric", given);
        Response response = new Response("response", rubric.id(), arguments.get("response").stringValue(),
                arguments.get("entities"));
        ExampleVerdict verdict = ExampleGrading.grade("id", "response", rubric, response,
                verdicts(rubric, arguments.get("verdicts")), null, null);
        JsonBytes line = new JsonBytes(4096);
        VerdictLine.write(verdict, line);
        ObjectNode json = (ObjectNode) JSON.readTree(line.toByteArray());
        String score = json.get("score").isNull() ? "no score: " + json.path("missing").asString(
                json.path("undefined").asString("")) : "score " + json.get("score").asString();
        return ToolResult.of(json, rubric.id() + ": " + score + "; red lines crossed: " + json.get("red_lines").size());
    }

    private static Rubric shipped(String id) {
        return RubricFiles.shipped(id).orElseThrow(() -> new InvalidInputException("rubric", "'" + id
                + "' is not a shipped rubric (" + RubricFiles.shippedIds() + "; find_rubrics lists them), nor a rubric"
                + " object"));
    }

    /** the judge's verdicts by criterion id, each naming a criterion of the rubric, once */
    private static Map<String, Judgment> verdicts(Rubric rubric, JsonNode given) {
        Map<String, Judgment> verdicts = new HashMap<>();
        if (given == null) {
            return verdicts;
        }
        for (int i = 0; i < given.size(); i++) {
            JsonNode v = given.get(i);
            String id = v.get("criterion").stringValue();
            String at = "verdicts[" + i + "]";
            if (rubric.criterion(id).isEmpty()) {
                throw new InvalidInputException(at, "'" + id + "' is not a criterion of " + rubric.id());
            }
            Boolean met = v.has("met") ? v.get("met").booleanValue() : null;
            Integer level = v.has("level") ? v.get("level").intValue() : null;
            boolean tiered = rubric.scheme() instanceof Scheme.Tiered;
            if (tiered ? level == null : met == null) {
                throw new InvalidInputException(at, tiered ? "a tiered rubric's verdict is a \"level\""
                        : "a verdict under the healthbench scheme is \"met\": true or false");
            }
            if (tiered && level > ((Scheme.Tiered) rubric.scheme()).maxLevel()) {
                throw new InvalidInputException(at + ".level", level + " is above the rubric's max_level "
                        + ((Scheme.Tiered) rubric.scheme()).maxLevel());
            }
            if (verdicts.put(id, new Judgment(met, level, v.path("explanation").asString(null), i + 1)) != null) {
                throw new InvalidInputException(at, "a second verdict for criterion '" + id + "'");
            }
        }
        return verdicts;
    }
}
