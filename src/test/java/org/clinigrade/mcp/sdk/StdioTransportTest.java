package org.clinigrade.mcp.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.mcp.Toolbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stdio transport in this JVM, fed line by line: every bad line gets its JSON-RPC error and the server keeps
 * answering; closing the input ends it.
 */
@Timeout(60)
class StdioTransportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Toolbox TOOLS = Toolbox.of(CalculatorCatalog.bundled(), false);
    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
    static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    static final String COCKCROFT_GAULT_CALL = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"calculate\",\"arguments\":{\"calculator\":\"cockcroft-gault\",\"entities\":{\"age\":[74,\"years\"],\"sex\":"
            + "\"Male\",\"weight\":[176,\"lbs\"],\"height\":[5,\"ft\",9,\"in\"],\"creatinine\":[120,\"µmol/L\"]}}}}";

    private PipedOutputStream client;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Map<String, JsonNode> byId = new HashMap<>();
    private CompletableFuture<Void> server;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        client = new PipedOutputStream(serverIn);
        server = CompletableFuture.runAsync(() -> {
            try {
                ToolServer.serveStdio(TOOLS, serverIn, new LineQueue(lines));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        send(INITIALIZE);
        assertEquals("2025-11-25", response(0).get("result").get("protocolVersion").stringValue());
        send(INITIALIZED);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.get(20, TimeUnit.SECONDS);
    }

    @Test
    void a_line_that_is_not_json_gets_a_parse_error_and_the_next_line_is_read() throws Exception {
        send("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ");
        JsonNode error = response(null);
        assertEquals(-32700, error.get("error").get("code").intValue());
        assertTrue(error.get("id").isNull());
        stillAnswers();
    }

    @Test
    void a_ten_megabyte_line_gets_invalid_request_with_its_id() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(10 << 20) + "\"}}");
        JsonNode error = response(5).get("error");
        assertEquals(-32600, error.get("code").intValue());
        assertEquals("Invalid Request: message larger than 4194304 bytes", error.get("message").stringValue());
        stillAnswers();
    }

    @Test
    void json_that_is_not_a_json_rpc_message_gets_invalid_request() throws Exception {
        send("[{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}]");
        assertEquals(-32600, response(null).get("error").get("code").intValue());
        send("{\"jsonrpc\":\"1.0\",\"id\":4,\"method\":\"ping\"}");
        assertEquals("Invalid Request: \"jsonrpc\" must be \"2.0\"", response(4).get("error").get("message").stringValue());
        stillAnswers();
    }

    @Test
    void an_unknown_method_gets_method_not_found() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"calculators/list\"}");
        assertEquals(-32601, response(6).get("error").get("code").intValue());
        stillAnswers();
    }

    @Test
    void an_unknown_tool_gets_invalid_params_naming_the_tools() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"calc\",\"arguments\":{}}}");
        JsonNode error = response(7).get("error");
        assertEquals(-32602, error.get("code").intValue());
        assertEquals("Unknown tool: 'calc' (tools: find_calculators, describe_calculator, calculate, grade_answer, find_rubrics,"
                + " score_rubric)",
                error.get("message").stringValue());
        stillAnswers();
    }

    @Test
    void arguments_that_are_not_an_object_get_invalid_params() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":\"calculate\",\"arguments\":\"bmi\"}}");
        JsonNode error = response(8).get("error");
        assertEquals(-32602, error.get("code").intValue());
        assertEquals("Invalid params: \"arguments\" must be an object, got string", error.get("message").stringValue());
        stillAnswers();
    }

    @Test
    void arguments_of_the_wrong_type_get_an_error_result_naming_them() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"calculate\",\"arguments\":"
                + "{\"calculator\":[\"bmi\"],\"entities\":{\"weight\":\"heavy\",\"height\":[175,\"cm\"]}}}}");
        JsonNode result = response(9).get("result");
        assertTrue(result.get("isError").booleanValue());
        assertEquals("invalid input: calculator: array found, string or integer expected",
                result.get("content").get(0).get("text").stringValue());
        assertTrue(result.path("structuredContent").isMissingNode());
        stillAnswers();
    }

    @Test
    void input_closed_while_calls_run_still_gets_their_answers() throws Exception {
        for (int id = 20; id < 30; id++) {
            send(String.format(COCKCROFT_GAULT_CALL, id));
        }
        client.close();
        server.get(20, TimeUnit.SECONDS);
        for (int id = 20; id < 30; id++) {
            assertEquals(50.21, result(id).get("structuredContent").get("value").doubleValue());
        }
    }

    /** the server still lists its tools and calculates */
    private void stillAnswers() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":100,\"method\":\"tools/list\"}");
        assertEquals(6, result(100).get("tools").size());
        send(String.format(COCKCROFT_GAULT_CALL, 101));
        assertEquals(50.21, result(101).get("structuredContent").get("value").doubleValue());
    }

    private void send(String line) throws IOException {
        client.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        client.flush();
    }

    /** the response with this id (null: "id": null), whatever order responses come in */
    private JsonNode response(Integer id) throws InterruptedException {
        String key = String.valueOf(id);
        while (!byId.containsKey(key)) {
            String line = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(line, "no response with id " + id);
            JsonNode message = JSON.readTree(line);
            byId.put(message.get("id").isNull() ? "null" : message.get("id").asString(), message);
        }
        return byId.remove(key);
    }

    /** the result of the response with this id; fails with the whole response if it is an error */
    private JsonNode result(Integer id) throws InterruptedException {
        JsonNode response = response(id);
        assertNotNull(response.get("result"), () -> "expected a result: " + response);
        return response.get("result");
    }

    /** what the server writes, one message per line */
    private static final class LineQueue extends OutputStream {
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        LineQueue(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            } else {
                bytes.write(b);
            }
        }
    }
}
