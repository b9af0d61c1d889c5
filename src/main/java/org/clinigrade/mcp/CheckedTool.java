package org.clinigrade.mcp;

import com.networknt.schema.Schema;
import org.clinigrade.calc.JsonSchemas;
import tools.jackson.databind.JsonNode;

/** A tool described by a bundled tool file, whose arguments are checked against its input schema before it runs. */
abstract class CheckedTool implements Tool {

    private final ToolSpec spec;
    private final Schema input;

    CheckedTool(String name) {
        this.spec = ToolSpec.bundled(name);
        this.input = JsonSchemas.compile(spec.inputSchema());
    }

    @Override
    public final ToolSpec spec() {
        return spec;
    }

    @Override
    public final ToolResult call(JsonNode arguments) {
        return call(Arguments.check(spec, input, arguments));
    }

    abstract ToolResult call(Arguments arguments);
}
