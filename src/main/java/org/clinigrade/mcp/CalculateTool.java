package org.clinigrade.mcp;

import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.Result;
import org.clinigrade.calc.ResultJson;
import org.clinigrade.calc.ResultText;
import tools.jackson.databind.JsonNode;

/** {@code calculate}: a calculator, by id, on a set of entities; the same result as {@code calc --json}. */
final class CalculateTool extends CheckedTool {

    private final CalculatorCatalog catalog;

    CalculateTool(CalculatorCatalog catalog) {
        super("calculate");
        this.catalog = catalog;
    }

    @Override
    ToolResult call(Arguments arguments) {
        return evaluate(arguments.calculator(catalog), arguments.get("entities"));
    }

    /** @throws org.clinigrade.calc.InvalidInputException naming the entity at fault */
    static ToolResult evaluate(Calculator calculator, JsonNode entities) {
        Result result = calculator.evaluate(entities);
        return ToolResult.of(ResultJson.of(result, calculator.definition().output().decimals()),
                String.join("\n", ResultText.lines(calculator.definition(), result)));
    }
}
