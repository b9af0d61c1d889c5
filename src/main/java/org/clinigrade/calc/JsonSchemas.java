package org.clinigrade.calc;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Schema 2020-12 validation, with errors located by JSON Pointer. */
public final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSchemas() {
    }

    public static Schema compile(JsonNode schema) {
        return REGISTRY.getSchema(schema);
    }

    /** the schema in a resource beside {@code anchor} (or at an absolute resource path) */
    public static Schema compileResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            return compile(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where an error is, as a JSON Pointer. Keywords that judge an object's members ({@code required},
     * {@code additionalProperties}) report the object; the member they mean is appended.
     */
    public static String location(Error error) {
        String location = error.getInstanceLocation().toString();
        return error.getProperty() != null ? location + "/" + error.getProperty() : location;
    }
}
