package org.clinigrade.mcp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinigrade.rubric.Check;
import org.clinigrade.rubric.Criterion;
import org.clinigrade.rubric.Rubric;
import org.clinigrade.rubric.RubricFiles;
import org.clinigrade.rubric.RubricText;
import org.clinigrade.rubric.Scheme;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code find_rubrics}: the shipped rubrics, each with its criteria and how they are decided. */
final class FindRubricsTool extends CheckedTool {

    FindRubricsTool() {
        super("find_rubrics");
    }

    @Override
    ToolResult call(Arguments arguments) {
        String query = arguments.get("query") == null ? "" : arguments.get("query").asString("");
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> w.length() > 2)
                .toList();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode rubrics = json.putArray("rubrics");
        StringBuilder text = new StringBuilder();
        for (Rubric rubric : RubricFiles.bundled()) {
            String haystack = (rubric.title() + " " + rubric.description() + " "
                    + rubric.criteria().stream().map(Criterion::text).toList())
                    .toLowerCase(Locale.ROOT);
            if (words.isEmpty() || words.stream().anyMatch(haystack::contains)) {
                rubrics.add(entry(rubric));
                text.append(rubric.id()).append(": ").append(rubric.title()).append("; ")
                        .append(RubricText.counts(rubric)).append('\n');
            }
        }
        return ToolResult.of(json, text.length() == 0 ? "no rubric matches '" + query + "'" : text.toString().strip());
    }

    private static ObjectNode entry(Rubric rubric) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", rubric.id()).put("title", rubric.title())
                .put("scheme", rubric.scheme() instanceof Scheme.Tiered ? "tiered" : "healthbench");
        ArrayNode criteria = entry.putArray("criteria");
        for (Criterion c : rubric.criteria()) {
            ObjectNode criterion = criteria.addObject().put("id", c.id()).put("text", c.text());
            if (c.points() != null) {
                criterion.put("points", c.points().intValue());
            } else {
                criterion.put("tier", c.tier().label());
            }
            criterion.put("red_line", c.redLine()).put("decided_by", c.check() instanceof Check.Judge ? "judge" : "rule");
        }
        ArrayNode references = entry.putArray("references");
        rubric.references().forEach(references::add);
        return entry;
    }
}
