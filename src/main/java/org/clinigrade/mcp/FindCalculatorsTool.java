package org.clinigrade.mcp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.cxr.IndexCatalog;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code find_calculators}: calculators for a description in clinical words, best first, with why each matches. */
final class FindCalculatorsTool extends CheckedTool {

    private static final int DEFAULT_LIMIT = 5;
    /** a query that is a calculator's id or MedCalc-Bench ID finds it first */
    private static final double BY_ID = 1000;

    private final CalculatorCatalog catalog;
    private final IndexCatalog indices;
    private final Supplier<CalculatorIndex> index;
    private final Supplier<CalculatorIndex> indexOfIndices;

    /**
     * @param index          built on first use: it reads every calculator file
     * @param indexOfIndices the chest X-ray indices, searched apart and ranked with the calculators by score
     */
    FindCalculatorsTool(CalculatorCatalog catalog, IndexCatalog indices, Supplier<CalculatorIndex> index,
                        Supplier<CalculatorIndex> indexOfIndices) {
        super("find_calculators");
        this.catalog = catalog;
        this.indices = indices;
        this.index = index;
        this.indexOfIndices = indexOfIndices;
    }

    @Override
    ToolResult call(Arguments arguments) {
        String query = arguments.get("query").asString();
        int limit = arguments.get("limit") == null ? DEFAULT_LIMIT : arguments.get("limit").intValue();
        List<CalculatorIndex.Match> matches = new ArrayList<>();
        Optional<Searchable> named = catalog.find(query).map(c -> Searchable.of(c.definition()))
                .or(() -> indices.find(query).map(i -> Searchable.of(i.definition())));
        named.ifPresent(d -> matches.add(new CalculatorIndex.Match(d, BY_ID, "its id")));
        List<CalculatorIndex.Match> found = new ArrayList<>(index.get().search(query, limit));
        found.addAll(indexOfIndices.get().search(query, limit));
        // a stable sort: at equal scores calculators come first, each in catalog order
        found.sort(Comparator.comparingDouble(CalculatorIndex.Match::score).reversed());
        for (CalculatorIndex.Match match : found) {
            if (matches.size() < limit && named.map(d -> !d.id().equals(match.definition().id())).orElse(true)) {
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
            Searchable d = match.definition();
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
            Searchable d = matches.get(i).definition();
            lines.add((i + 1) + ". " + d.id() + ": " + d.title()
                    + (d.medcalcId() == null ? "" : " [MedCalc-Bench " + d.medcalcId() + "]") + " (" + matches.get(i).why() + ")");
        }
        return String.join("\n", lines);
    }
}
