package org.clinigrade.rubric;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;

/** A responses file (JSON Lines): {@code {"id" or "prompt_id", "rubric"?, "response", "entities"?}}, by id in file order. */
public final class Responses {

    private Responses() {
    }

    /** a line's response, and which member gave its id */
    private record Line(String idField, Response response) {
    }

    /** @throws InvalidInputException naming the file, line and field of the first line that cannot be used */
    public static Map<String, Response> read(Path file, RubricFiles.Rubrics rubrics) {
        Map<String, Response> responses = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        JsonLinesFile.<Line>read(file, (line, object) -> line(file, line, object, rubrics), (line, read) -> {
            String id = read.response().id();
            Integer earlier = lines.putIfAbsent(id, line);
            if (earlier != null) {
                throw JsonLinesFile.error(file, line, read.idField() + ": '" + id + "' is also the response on line "
                        + earlier);
            }
            responses.put(id, read.response());
        });
        return responses;
    }

    private static Line line(Path file, int line, JsonNode object, RubricFiles.Rubrics rubrics) {
        String idField = object.has("id") || !object.has("prompt_id") ? "id" : "prompt_id";
        String id = JsonLinesFile.text(file, line, object, idField);
        String rubric = object.has("rubric") ? JsonLinesFile.text(file, line, object, "rubric") : null;
        if (rubric != null && !rubrics.byId().containsKey(rubric)) {
            throw JsonLinesFile.error(file, line, "rubric: '" + rubric + "' is not a rubric of --rubrics");
        }
        if (!rubrics.healthBenchRecords() && rubric == null && rubrics.all().size() > 1) {
            throw JsonLinesFile.error(file, line, "rubric: missing (--rubrics holds " + rubrics.all().size()
                    + " rubrics: name the one this response answers)");
        }
        if (rubrics.healthBenchRecords() && !rubrics.byId().containsKey(id)) {
            throw JsonLinesFile.error(file, line, idField + ": '" + id + "' is not a record of --rubrics");
        }
        String text = JsonLinesFile.text(file, line, object, "response");
        JsonNode entities = object.get("entities");
        if (entities != null && !entities.isObject()) {
            throw JsonLinesFile.error(file, line, "entities: not an object (the case's entities, as calc --input takes them)");
        }
        return new Line(idField, new Response(id, rubric, text, entities));
    }
}
