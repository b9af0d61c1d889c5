package org.clinigrade.mcp.sdk;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A JSON-RPC 2.0 error response, written by hand because its id may be null ("id": null is required then). */
final class JsonRpcError {

    private JsonRpcError() {
    }

    /** @param id the request's id, or null when it could not be read */
    static ObjectNode of(JsonNode id, int code, String message) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("jsonrpc", "2.0");
        if (id == null) {
            response.putNull("id");
        } else {
            response.set("id", id);
        }
        response.putObject("error").put("code", code).put("message", message);
        return response;
    }
}
