package org.clinigrade.mcp.sdk;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.Globals;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * Streamable HTTP at {@code /mcp}: the SDK's own servlet transport (sessions, SSE streams, DELETE) in an embedded
 * Tomcat, behind {@link HttpGuard}. The SDK implements Streamable HTTP only as a servlet; the JDK's built-in HTTP
 * server would have meant writing that protocol again, while tomcat-embed-core is one jar (3.7 MB) and
 * {@code serve --http} listens about 1.4 s after the JVM starts (2-core VM). Tomcat's own log lines go to stderr,
 * warnings and worse only.
 */
public final class HttpEndpoint implements AutoCloseable {

    static final String PATH = "/mcp";
    /** held so the level set on it is not lost when the logger is collected */
    private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");
    /**
     * Tomcat checks a web application it stops for threads it started that still run, which matters when an
     * application is redeployed into a server that lives on. Here the server and its one application stop with the
     * process, and the threads it would warn of are the SDK's daemon worker threads, so each stop would print a
     * page of stack traces about a leak that cannot happen.
     */
    private static final Logger TOMCAT_LEAK_CHECK = Logger.getLogger("org.apache.catalina.loader.WebappClassLoaderBase");

    private final Tomcat tomcat;
    private final Connector connector;
    private final McpSyncServer server;
    private final Path baseDir;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private HttpEndpoint(Tomcat tomcat, Connector connector, McpSyncServer server, Path baseDir) {
        this.tomcat = tomcat;
        this.connector = connector;
        this.server = server;
        this.baseDir = baseDir;
    }

    static HttpEndpoint start(String host, int port, McpJsonMapper mapper, IncomingMessage incoming,
                              Function<HttpServletStreamableServerTransportProvider, McpSyncServer> serverFor) {
        TOMCAT_LOG.setLevel(Level.WARNING);
        TOMCAT_LEAK_CHECK.setLevel(Level.SEVERE);
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(mapper).mcpEndpoint(PATH).maxRequestSize(incoming.maxBytes()).build();
        McpSyncServer server = serverFor.apply(transport);
        Path baseDir = temporaryFolder();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", host);
        connector.setThrowOnFailure(true);
        tomcat.setConnector(connector);
        StandardContext context = (StandardContext) tomcat.addContext("", baseDir.toString());
        // the same leak checks, which also want the JDK's internals opened to them
        context.setClearReferencesThreadLocals(false);
        context.setClearReferencesRmiTargets(false);
        Wrapper servlet = Tomcat.addServlet(context, "mcp", transport);
        servlet.setAsyncSupported(true);
        context.addServletMappingDecoded(PATH, "mcp");
        guard(context, new HttpGuard(incoming, HttpGuard.localOrigins(host)));
        HttpEndpoint endpoint = new HttpEndpoint(tomcat, connector, server, baseDir);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            endpoint.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        }
        return endpoint;
    }

    private static void guard(Context context, HttpGuard guard) {
        FilterDef definition = new FilterDef();
        definition.setFilterName("guard");
        definition.setFilter(guard);
        definition.setAsyncSupported("true");
        context.addFilterDef(definition);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName("guard");
        mapping.addURLPattern(PATH);
        context.addFilterMap(mapping);
    }

    /** the port listened on: the one asked for, or the one the system chose for 0 */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Blocks until the server is stopped. Not Tomcat's own wait: stopping Tomcat waits up to a second for the thread
     * in it to end, and on SIGTERM that thread goes on to {@code System.exit}, which blocks while the JVM shuts down.
     */
    public void await() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** stops serving; a second call does nothing */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.err.println("clinigrade serve: stopping the HTTP server: " + rootMessage(e));
        }
        server.close();
        deleteRecursively(baseDir);
        forgetFolder();
        stopped.countDown();
    }

    /** Tomcat records its folder in system properties, where a later Tomcat in this JVM would make it again */
    private void forgetFolder() {
        for (String property : List.of(Globals.CATALINA_BASE_PROP, Globals.CATALINA_HOME_PROP)) {
            if (baseDir.toString().equals(System.getProperty(property))) {
                System.clearProperty(property);
            }
        }
    }

    /** Tomcat wants a folder of its own for temporary files */
    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("clinigrade-http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("clinigrade serve: cannot delete " + folder + ": " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
