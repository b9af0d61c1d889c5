package org.clinigrade.mcp;

import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.DefinitionText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code describe_calculator}: a calculator's inputs as a JSON Schema with units, its output and its references. */
final class DescribeCalculatorTool extends CheckedTool {

    private final CalculatorCatalog catalog;

    DescribeCalculatorTool(CalculatorCatalog catalog) {
        super("describe_calculator");
        this.catalog = catalog;
    }

    @Override
    ToolResult call(Arguments arguments) {
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

    private static JsonNode copy(JsonNode file, String field) {
        return file.has(field) ? file.get(field).deepCopy() : JsonNodeFactory.instance.arrayNode();
    }
}
