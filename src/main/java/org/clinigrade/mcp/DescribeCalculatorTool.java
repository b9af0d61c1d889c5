package org.clinigrade.mcp;

import java.util.Optional;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.DefinitionText;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexCatalog;
import org.clinigrade.cxr.IndexDefinition;
import org.clinigrade.cxr.IndexText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code describe_calculator}: a calculator's inputs as a JSON Schema with units, its output and its references. */
final class DescribeCalculatorTool extends CheckedTool {

    private final CalculatorCatalog catalog;
    private final IndexCatalog indices;

    DescribeCalculatorTool(CalculatorCatalog catalog, IndexCatalog indices) {
        super("describe_calculator");
        this.catalog = catalog;
        this.indices = indices;
    }

    @Override
    ToolResult call(Arguments arguments) {
        Optional<CxrIndex> index = arguments.index(catalog, indices);
        if (index.isPresent()) {
            return describe(index.get().definition());
        }
        CalculatorDefinition d = arguments.calculator(catalog).definition();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", d.id());
        if (d.medcalcId() == null) {
            json.putNull("medcalc_id");
        } else {
            json.put("medcalc_id", d.medcalcId().intValue());
        }
        json.put("title", d.title());
        json.put("category", d.category());
        json.put("description", d.description());
        json.set("input_schema", EntitiesSchema.of(d));
        json.putObject("output").put("type", d.output().type()).put("unit", d.output().unit())
                .put("decimals", d.output().decimals());
        // bands and references exactly as the calculator file writes them
        json.set("interpretation", copy(d.file(), "interpretation"));
        json.set("conventions", copy(d.file(), "conventions"));
        json.set("references", copy(d.file(), "references"));
        return ToolResult.of(json, String.join("\n", DefinitionText.lines(d)));
    }

    /** an index: its columns as the input schema, a yes/no output with its rounded index, its sources as references */
    private static ToolResult describe(IndexDefinition d) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", d.id());
        json.putNull("medcalc_id");
        json.put("title", d.title());
        json.put("category", Searchable.INDICES);
        json.put("description", d.description() + " Question: " + d.question());
        json.set("input_schema", EntitiesSchema.of(d));
        json.putObject("output").put("type", "yes_no").put("unit", d.measure() == null ? "" : d.measure().unit())
                .put("decimals", d.measure() == null ? 0 : d.measure().decimals());
        json.putArray("interpretation");
        ArrayNode conventions = json.putArray("conventions");
        d.conventions().forEach(conventions::add);
        ArrayNode references = json.putArray("references");
        d.sources().forEach(source -> references.addObject().put("citation", source.citation()
                + (source.url() == null ? "" : " " + source.url())));
        return ToolResult.of(json, String.join("\n", IndexText.lines(d)));
    }

    private static JsonNode copy(JsonNode file, String field) {
        return file.has(field) ? file.get(field).deepCopy() : JsonNodeFactory.instance.arrayNode();
    }
}
