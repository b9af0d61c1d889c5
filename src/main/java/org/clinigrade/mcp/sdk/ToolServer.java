package org.clinigrade.mcp.sdk;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.Implementation;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.clinigrade.mcp.Toolbox;

/** The toolbox as an MCP server (revision 2025-11-25, MCP Java SDK 2.x), over stdio or Streamable HTTP. */
public final class ToolServer {

    /** far above any real call (a grade_answer with long reasoning is tens of kB); stops a runaway message early */
    public static final int MAX_MESSAGE_BYTES = 4 << 20;

    private ToolServer() {
    }

    /**
     * Serves one client on {@code in}/{@code out} until it closes {@code in}. Nothing but protocol messages is
     * written to {@code out}.
     */
    public static void serveStdio(Toolbox toolbox, InputStream in, OutputStream out) throws IOException {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        StdioTransport transport = new StdioTransport(in, out, mapper, new IncomingMessage(mapper, toolbox, MAX_MESSAGE_BYTES));
        McpSyncServer server = build(McpServer.sync(transport), toolbox, mapper);
        try {
            transport.serve();
        } finally {
            server.close();
        }
    }

    /**
     * Serves Streamable HTTP at {@code http://host:port/mcp} until the endpoint is closed.
     *
     * @param port 0 for any free port ({@link HttpEndpoint#port()} says which)
     * @throws IllegalStateException if the address cannot be listened on
     */
    public static HttpEndpoint serveHttp(Toolbox toolbox, String host, int port) {
        McpJsonMapper mapper = McpJsonDefaults.getMapper();
        return HttpEndpoint.start(host, port, mapper, new IncomingMessage(mapper, toolbox, MAX_MESSAGE_BYTES),
                provider -> build(McpServer.sync(provider), toolbox, mapper));
    }

    /**
     * The tools, checked by the tool layer itself: its messages name the argument and what it expects, and would be
     * pre-empted by the SDK's generic schema messages if the SDK validated inputs too.
     */
    private static McpSyncServer build(McpServer.SyncSpecification<?> spec, Toolbox toolbox, McpJsonMapper mapper) {
        String version = ToolServer.class.getPackage().getImplementationVersion();
        return spec.serverInfo(new Implementation("clinigrade", "clinigrade clinical calculators",
                        version == null ? "development" : version))
                .jsonMapper(mapper)
                .instructions(toolbox.instructions())
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .tools(SdkTools.of(toolbox))
                .build();
    }
}
