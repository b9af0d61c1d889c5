package org.clinigrade.mcp;

import java.util.Optional;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.Result;
import org.clinigrade.calc.ResultJson;
import org.clinigrade.calc.ResultText;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexCatalog;
import org.clinigrade.cxr.IndexResult;
import org.clinigrade.cxr.IndexResultJson;
import tools.jackson.databind.JsonNode;

/**
 * {@code calculate}: a calculator (or a chest X-ray index), by id, on a set of entities (or CheXStruct columns); the same
 * result as {@code calc --json}.
 */
final class CalculateTool extends CheckedTool {

    private final CalculatorCatalog catalog;
    private final IndexCatalog indices;

    CalculateTool(CalculatorCatalog catalog, IndexCatalog indices) {
        super("calculate");
        this.catalog = catalog;
        this.indices = indices;
    }

    @Override
    ToolResult call(Arguments arguments) {
        Optional<CxrIndex> index = arguments.index(catalog, indices);
        if (index.isPresent()) {
            IndexResult result = index.get().evaluate(arguments.get("entities"));
            return ToolResult.of(IndexResultJson.of(index.get().definition(), result),
                    String.join("\n", IndexResultJson.lines(index.get().definition(), result)));
        }
        return evaluate(arguments.calculator(catalog), arguments.get("entities"));
    }

    /** @throws org.clinigrade.calc.InvalidInputException naming the entity at fault */
    static ToolResult evaluate(Calculator calculator, JsonNode entities) {
        Result result = calculator.evaluate(entities);
        return ToolResult.of(ResultJson.of(result, calculator.definition().output().decimals()),
                String.join("\n", ResultText.lines(calculator.definition(), result)));
    }
}
