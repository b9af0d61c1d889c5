package org.clinigrade.mcp.sdk;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * MCP over standard input and output: one JSON-RPC message per line each way. It replaces the SDK's
 * StdioServerTransportProvider, which stops reading at the first malformed or oversize line (see
 * {@link IncomingMessage}): here every line gets an answer, and the next line is read. Messages are handled as they
 * arrive, so a slow call does not hold up the next; responses carry their request's id.
 */
final class StdioTransport implements McpServerTransportProvider {

    /**
     * How long calls still running when the client closes its end may take to answer. A call takes milliseconds
     * (a second or two for rules compiled from --rules-dir); a request the SDK holds back because the client never
     * sent notifications/initialized would never answer.
     */
    private static final long DRAIN_SECONDS = 10;

    private final InputStream in;
    private final OutputStream out;
    private final McpJsonMapper mapper;
    private final IncomingMessage incoming;
    /** messages being handled; the monitor is notified when it drops to 0 */
    private final AtomicInteger running = new AtomicInteger();
    private volatile McpServerSession session;

    StdioTransport(InputStream in, OutputStream out, McpJsonMapper mapper, IncomingMessage incoming) {
        this.in = in;
        this.out = out;
        this.mapper = mapper;
        this.incoming = incoming;
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessionFactory) {
        session = sessionFactory.create(new Session());
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return session.sendNotification(method, params);
    }

    @Override
    public Mono<Void> closeGracefully() {
        return session == null ? Mono.empty() : session.closeGracefully();
    }

    /** reads and handles messages until the client closes standard input, then lets running calls answer */
    void serve() throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, incoming.maxBytes());
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.length() == 0 && !line.oversize()) {
                continue;
            }
            IncomingMessage.Reading reading = line.oversize() ? incoming.oversize(line.bytes(), line.length())
                    : incoming.read(line.bytes(), line.length());
            if (reading.error() != null) {
                write(reading.error());
            } else {
                running.incrementAndGet();
                session.handle(reading.message())
                        .doFinally(signal -> finished())
                        .subscribe(null, error -> System.err.println("clinigrade serve: " + error));
            }
        }
        drain();
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            synchronized (running) {
                running.notifyAll();
            }
        }
    }

    private void drain() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        synchronized (running) {
            try {
                while (running.get() > 0 && System.nanoTime() < deadline) {
                    TimeUnit.NANOSECONDS.timedWait(running, deadline - System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (running.get() > 0) {
            System.err.println("clinigrade serve: calls still running " + DRAIN_SECONDS + " s after input closed; stopping");
        }
    }

    /** one message, one line: JSON as Jackson writes it has no raw line breaks */
    private void write(Object message) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(message);
            synchronized (out) {
                out.write(bytes);
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the one session a stdio connection has */
    private final class Session implements McpServerTransport {

        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.fromRunnable(() -> write(message));
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
            return mapper.convertValue(data, type);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }
    }
}
