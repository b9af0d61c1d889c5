package org.clinigrade.mcp.sdk;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * In front of the SDK's servlet: requests from a web page of another origin, or to another host name (DNS
 * rebinding), get 403, as the specification requires of a local server; a POST body is read once, at most the
 * size limit, and what {@link IncomingMessage} rejects is answered here with a JSON-RPC error (413 for an oversize
 * body, 400 for one that is not a JSON-RPC message). Everything else goes to the SDK unchanged.
 */
final class HttpGuard implements Filter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FORBIDDEN = 403;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final IncomingMessage incoming;
    private final DefaultServerTransportSecurityValidator origins;

    HttpGuard(IncomingMessage incoming, DefaultServerTransportSecurityValidator origins) {
        this.incoming = incoming;
        this.origins = origins;
    }

    /** pages and host names of this machine, and of the address listened on, on any port */
    static DefaultServerTransportSecurityValidator localOrigins(String host) {
        DefaultServerTransportSecurityValidator.Builder builder = DefaultServerTransportSecurityValidator.builder();
        for (String name : union(LOOPBACK, host)) {
            builder.allowedOrigin("http://" + name + ":*").allowedOrigin("http://" + name)
                    .allowedHost(name + ":*").allowedHost(name);
        }
        return builder.build();
    }

    private static Set<String> union(Set<String> names, String host) {
        Set<String> all = new TreeSet<>(names);
        all.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        return all;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        try {
            origins.validate(headers(request));
        } catch (ServerTransportSecurityException e) {
            send(response, FORBIDDEN, JsonRpcError.of(null, ErrorCodes.INVALID_REQUEST, "Forbidden: " + e.getMessage()));
            return;
        }
        if (!request.getMethod().equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        Body body = read(request.getInputStream());
        IncomingMessage.Reading reading = body.oversize() ? incoming.oversize(body.bytes(), body.bytes().length)
                : incoming.read(body.bytes(), body.bytes().length);
        if (reading.error() != null) {
            if (body.oversize()) {
                // the rest of the body is not read, so the connection cannot carry another request
                response.setHeader("Connection", "close");
            }
            send(response, reading.httpStatus(), reading.error());
            return;
        }
        chain.doFilter(new BufferedRequest(request, body.bytes()), response);
    }

    /** a request body, or its first {@code maxBytes} if it is longer */
    private record Body(byte[] bytes, boolean oversize) {
    }

    private Body read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        int n;
        while ((n = in.read(chunk)) != -1) {
            int room = incoming.maxBytes() - buffer.size();
            buffer.write(chunk, 0, Math.min(n, room));
            if (n > room) {
                return new Body(buffer.toByteArray(), true);
            }
        }
        return new Body(buffer.toByteArray(), false);
    }

    private static HeaderAccessor headers(HttpServletRequest request) {
        return new HeaderAccessor() {
            @Override
            public List<String> getHeader(String name) {
                return Collections.list(request.getHeaders(name));
            }

            @Override
            public List<String> getHeaderNames() {
                return Collections.list(request.getHeaderNames());
            }
        };
    }

    private static void send(HttpServletResponse response, int status, ObjectNode error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(error));
    }
}
