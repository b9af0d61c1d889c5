package org.clinigrade.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.CalculatorDefinition;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code find_calculators}: calculators for a description in clinical words, best first, with why each matches. */
final class FindCalculatorsTool extends CheckedTool {

    private static final int DEFAULT_LIMIT = 5;
    /** a query that is a calculator's id or MedCalc-Bench ID finds it first */
    private static final double BY_ID = 1000;

    private final CalculatorCatalog catalog;
    private final Supplier<CalculatorIndex> index;

    /** @param index built on first use: it reads every calculator file */
    FindCalculatorsTool(CalculatorCatalog catalog, Supplier<CalculatorIndex> index) {
        super("find_calculators");
        this.catalog = catalog;
        this.index = index;
    }

    @Override
    ToolResult call(Arguments arguments) {
        String query = arguments.get("query").asString();
        int limit = arguments.get("limit") == null ? DEFAULT_LIMIT : arguments.get("limit").intValue();
        List<CalculatorIndex.Match> matches = new ArrayList<>();
        Optional<Calculator> named = catalog.find(query);
        named.ifPresent(c -> matches.add(new CalculatorIndex.Match(c.definition(), BY_ID, "its id")));
        for (CalculatorIndex.Match match : index.get().search(query, limit)) {
            if (matches.size() < limit && named.map(c -> c.definition() != match.definition()).orElse(true)) {
                matches.add(match);
            }
        }
        return ToolResult.of(json(query, matches), text(query, matches));
    }

    private static ObjectNode json(String query, List<CalculatorIndex.Match> matches) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("query", query);
        ArrayNode list = json.putArray("matches");
        for (CalculatorIndex.Match match : matches) {
            CalculatorDefinition d = match.definition();
            ObjectNode item = list.addObject().put("id", d.id());
            if (d.medcalcId() == null) {
                item.putNull("medcalc_id");
            } else {
                item.put("medcalc_id", d.medcalcId().intValue());
            }
            item.put("title", d.title()).put("category", d.category())
                    .put("score", Math.round(match.score() * 100) / 100.0)
                    .put("why", match.why());
        }
        return json;
    }

    private static String text(String query, List<CalculatorIndex.Match> matches) {
        if (matches.isEmpty()) {
            return "No calculator matches '" + query + "'. Try other words: what the score is for, the condition, "
                    + "or an abbreviation (GFR, CrCl, QTc, GCS).";
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            CalculatorDefinition d = matches.get(i).definition();
            lines.add((i + 1) + ". " + d.id() + ": " + d.title()
                    + (d.medcalcId() == null ? "" : " [MedCalc-Bench " + d.medcalcId() + "]") + " (" + matches.get(i).why() + ")");
        }
        return String.join("\n", lines);
    }
}
