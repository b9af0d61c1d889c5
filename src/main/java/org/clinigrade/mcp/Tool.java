package org.clinigrade.mcp;

import tools.jackson.databind.JsonNode;

/**
 * A tool the server offers. Every tool is a pure function of its arguments: it reads no state that calls change
 * and changes nothing, so a protocol adapter may publish it as read-only and idempotent.
 */
public interface Tool {

    ToolSpec spec();

    /**
     * @param arguments the call's arguments, as the client sent them (any JSON, or null for none)
     * @throws org.clinigrade.calc.InvalidInputException naming the argument at fault and what it expects
     */
    ToolResult call(JsonNode arguments);
}
