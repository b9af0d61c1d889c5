package org.clinigrade.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a client is told about a tool.
 *
 * @param outputSchema the JSON Schema every result's structured content conforms to (an object schema)
 */
public record ToolSpec(String name, String title, String description, ObjectNode inputSchema, ObjectNode outputSchema) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** a tool described by {@code tools/<name>.json}, data beside this class */
    static ToolSpec bundled(String name) {
        try (InputStream in = ToolSpec.class.getResourceAsStream("tools/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no bundled tool file tools/" + name + ".json");
            }
            JsonNode file = JSON.readTree(in);
            return new ToolSpec(file.get("name").stringValue(), file.get("title").stringValue(),
                    file.get("description").stringValue(), (ObjectNode) file.get("inputSchema"),
                    (ObjectNode) file.get("outputSchema"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
