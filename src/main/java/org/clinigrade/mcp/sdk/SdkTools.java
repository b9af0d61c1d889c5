package org.clinigrade.mcp.sdk;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.Map;
import org.clinigrade.mcp.ToolResult;
import org.clinigrade.mcp.ToolSpec;
import org.clinigrade.mcp.Toolbox;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The toolbox's tools as the SDK's tool specifications: schemas and results converted between Jackson and maps. */
final class SdkTools {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** every tool is a pure calculation (see org.clinigrade.mcp.Tool) */
    private static final ToolAnnotations PURE = ToolAnnotations.builder()
            .readOnlyHint(true).destructiveHint(false).idempotentHint(true).openWorldHint(false).build();

    private SdkTools() {
    }

    static List<SyncToolSpecification> of(Toolbox toolbox) {
        return toolbox.specs().stream().map(spec -> SyncToolSpecification.builder()
                .tool(tool(spec))
                .callHandler((exchange, request) -> result(toolbox.call(spec.name(), JSON.valueToTree(request.arguments()))))
                .build()).toList();
    }

    private static Tool tool(ToolSpec spec) {
        return Tool.builder().name(spec.name()).title(spec.title()).description(spec.description())
                .inputSchema(map(spec.inputSchema())).outputSchema(map(spec.outputSchema())).annotations(PURE).build();
    }

    private static CallToolResult result(ToolResult result) {
        CallToolResult.Builder builder = CallToolResult.builder().addTextContent(result.text()).isError(result.error());
        if (result.structured() != null) {
            builder.structuredContent(map(result.structured()));
        }
        return builder.build();
    }

    private static Map<String, Object> map(JsonNode node) {
        return JSON.convertValue(node, MAP);
    }
}
