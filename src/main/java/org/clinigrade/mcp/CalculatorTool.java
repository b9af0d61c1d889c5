package org.clinigrade.mcp;

import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorDefinition;
import tools.jackson.databind.JsonNode;

/**
 * One calculator as a tool of its own ({@code serve --tool-per-calculator}): its entities are the arguments, checked
 * by the calculator itself, whose messages name the entity and the units or options it accepts.
 */
final class CalculatorTool implements Tool {

    private final Calculator calculator;
    private final ToolSpec spec;

    CalculatorTool(Calculator calculator, ToolSpec calculate) {
        this.calculator = calculator;
        CalculatorDefinition d = calculator.definition();
        this.spec = new ToolSpec(name(d), d.title(), d.description() + " Gives the value with its unit, "
                + "interpretation and every step (as the calculate tool).", EntitiesSchema.of(d), calculate.outputSchema());
    }

    /** {@code calculate_cockcroft_gault}: tool names are snake_case, and distinct from the generic tools' */
    static String name(CalculatorDefinition definition) {
        return "calculate_" + definition.id().replace('-', '_');
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(JsonNode arguments) {
        return CalculateTool.evaluate(calculator, arguments);
    }
}
