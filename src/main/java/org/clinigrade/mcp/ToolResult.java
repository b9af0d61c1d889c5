package org.clinigrade.mcp;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a tool call gives: structured content conforming to the tool's output schema and a short text for people
 * and for clients that show text only; or, for an error, only the text.
 *
 * @param structured null for an error: a client may check structured content against the output schema even then
 */
public record ToolResult(ObjectNode structured, String text, boolean error) {

    static ToolResult of(ObjectNode structured, String text) {
        return new ToolResult(structured, text, false);
    }

    static ToolResult error(String message) {
        return new ToolResult(null, message, true);
    }
}
