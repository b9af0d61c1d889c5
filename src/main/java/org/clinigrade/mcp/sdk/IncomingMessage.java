package org.clinigrade.mcp.sdk;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clinigrade.mcp.Toolbox;
import org.clinigrade.mcp.UnknownToolException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one message from a client before the SDK sees it, and answers what the SDK would mishandle. Measured with
 * SDK 2.1.0: its stdio transport stops reading for good at the first line that is not a JSON-RPC message or is over
 * its size limit, and its HTTP transport answers such a body with a serialised Java exception. Here text that is not
 * JSON gets -32700; JSON that is not a JSON-RPC 2.0 message, or a message over the size limit, gets -32600 (with the
 * message's id when its start holds one); a {@code tools/call} whose params are not {name, arguments} or that names a
 * tool the server lacks gets -32602 that says so (the SDK's own message for an unknown tool is the specification's
 * example text, "Unknown tool: invalid_tool_name"). A client's {@code notifications/initialized} also starts the
 * toolbox's warm-up.
 */
final class IncomingMessage {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BAD_REQUEST = 400;
    private static final int TOO_LARGE = 413;
    private static final int OK = 200;

    /**
     * Either a message for the SDK, or the error response to send instead.
     *
     * @param httpStatus for the HTTP endpoint, the status to send the error with
     */
    record Reading(JSONRPCMessage message, ObjectNode error, int httpStatus) {
    }

    private final McpJsonMapper mapper;
    private final Toolbox toolbox;
    private final int maxBytes;

    IncomingMessage(McpJsonMapper mapper, Toolbox toolbox, int maxBytes) {
        this.mapper = mapper;
        this.toolbox = toolbox;
        this.maxBytes = maxBytes;
    }

    int maxBytes() {
        return maxBytes;
    }

    Reading read(byte[] data, int length) {
        JsonNode tree;
        try {
            tree = JSON.readTree(data, 0, length);
        } catch (JacksonException e) {
            return rejected(null, ErrorCodes.PARSE_ERROR, "Parse error: not JSON (" + e.getOriginalMessage() + ")", BAD_REQUEST);
        }
        JsonNode id = tree == null ? null : tree.get("id");
        String problem = problem(tree);
        if (problem != null) {
            return rejected(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: " + problem, BAD_REQUEST);
        }
        if (McpSchema.METHOD_NOTIFICATION_INITIALIZED.equals(tree.path("method").asString(null))) {
            // the server's own start is over; the engine loads while the client lists the tools and decides on a call
            toolbox.warmUp();
        }
        if (McpSchema.METHOD_TOOLS_CALL.equals(tree.path("method").asString(null))) {
            String invalid = toolCallProblem(tree.get("params"));
            if (invalid != null) {
                return rejected(id, ErrorCodes.INVALID_PARAMS, invalid, OK);
            }
        }
        try {
            return new Reading(McpSchema.deserializeJsonRpcMessage(mapper, new String(data, 0, length, StandardCharsets.UTF_8)), null, OK);
        } catch (IOException | IllegalArgumentException e) {
            return rejected(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: " + e.getMessage(), BAD_REQUEST);
        }
    }

    /** what keeps {@code message} from being a JSON-RPC 2.0 request, notification or response; null if nothing */
    private static String problem(JsonNode message) {
        if (message == null || !message.isObject()) {
            return "expected a JSON-RPC 2.0 message (a JSON object), got " + (message == null ? "nothing" : message.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        if (!"2.0".equals(message.path("jsonrpc").asString(null))) {
            return "\"jsonrpc\" must be \"2.0\"";
        }
        JsonNode id = message.get("id");
        if (id != null && !(id.isString() || id.isIntegralNumber())) {
            return "\"id\" must be a string or an integer";
        }
        if (message.has("method")) {
            return message.get("method").isString() ? null : "\"method\" must be a string";
        }
        return id != null && (message.has("result") || message.has("error")) ? null
                : "neither a request or notification (\"method\") nor a response (\"result\" or \"error\")";
    }

    /**
     * What is wrong with a tools/call's params, or null: the SDK would answer a malformed one with its internal
     * exception as the message (-32603), and an unknown tool without its name.
     */
    private String toolCallProblem(JsonNode params) {
        if (params == null || !params.isObject() || !params.path("name").isString()) {
            return "Invalid params: tools/call takes {\"name\": a tool's name, \"arguments\": {...}}";
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isObject() && !arguments.isNull()) {
            return "Invalid params: \"arguments\" must be an object, got " + arguments.getNodeType().name().toLowerCase(Locale.ROOT);
        }
        try {
            toolbox.requireTool(params.get("name").stringValue());
            return null;
        } catch (UnknownToolException e) {
            return e.getMessage();
        }
    }

    /** a message of more than {@code maxBytes}, of which {@code prefix} is the start */
    Reading oversize(byte[] prefix, int length) {
        return rejected(idAtStart(prefix, length), ErrorCodes.INVALID_REQUEST, "Invalid Request: message larger than "
                + maxBytes + " bytes", TOO_LARGE);
    }

    /** the top-level "id" if it comes before the message is cut off, as it does when clients write it first */
    private static JsonNode idAtStart(byte[] prefix, int length) {
        try (JsonParser parser = JSON.createParser(prefix, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id") && (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT)) {
                    return value == JsonToken.VALUE_STRING ? JsonNodeFactory.instance.stringNode(parser.getString())
                            : JsonNodeFactory.instance.numberNode(parser.getLongValue());
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Reading rejected(JsonNode id, int code, String message, int httpStatus) {
        return new Reading(null, JsonRpcError.of(id, code, message), httpStatus);
    }
}
