package org.clinigrade.mcp.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.mcp.Toolbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Streamable HTTP on a free port: many clients at once, bad requests answered, and the server still answering. */
@Timeout(120)
class HttpEndpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int CONCURRENT_CALLS = 200;

    private static HttpEndpoint endpoint;
    private static URI uri;
    private static String session;

    @BeforeAll
    static void start() throws Exception {
        endpoint = ToolServer.serveHttp(Toolbox.of(CalculatorCatalog.bundled(), false), "127.0.0.1", 0);
        uri = URI.create("http://127.0.0.1:" + endpoint.port() + "/mcp");
        HttpResponse<String> initialized = post(StdioTransportTest.INITIALIZE, null);
        assertEquals(200, initialized.statusCode());
        session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertEquals(202, post(StdioTransportTest.INITIALIZED, null).statusCode());
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void two_hundred_concurrent_calls_each_get_their_own_right_answer() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_CALLS; i++) {
            calls.add(HTTP.sendAsync(request(bmiCall(i, 40 + i), null), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < CONCURRENT_CALLS; i++) {
            HttpResponse<String> response = calls.get(i).get();
            assertEquals(200, response.statusCode(), response::body);
            JsonNode message = message(response);
            assertEquals(i, message.get("id").intValue());
            // BMI = weight / (1.75 m)², to the calculator's 3 decimals
            double expected = Math.round((40 + i) / (1.75 * 1.75) * 1000) / 1000.0;
            assertEquals(expected, message.get("result").get("structuredContent").get("value").doubleValue(), 1e-9, message::toString);
        }
        stillAnswers();
    }

    @Test
    void a_body_that_is_not_json_gets_400_and_a_parse_error() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\": \"2.0\", \"id\": 1,", null);
        assertEquals(400, response.statusCode());
        assertEquals(-32700, JSON.readTree(response.body()).get("error").get("code").intValue());
        stillAnswers();
    }

    @Test
    void a_ten_megabyte_body_gets_413_and_invalid_request() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(10 << 20) + "\"}}", null);
        assertEquals(413, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(2, error.get("id").intValue());
        assertEquals(-32600, error.get("error").get("code").intValue());
        stillAnswers();
    }

    @Test
    void a_page_of_another_origin_gets_403() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}", "http://attacker.example");
        assertEquals(403, response.statusCode());
        assertEquals(200, post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}", "http://localhost:6274").statusCode());
        stillAnswers();
    }

    @Test
    void an_unknown_tool_gets_invalid_params() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"calc\",\"arguments\":{}}}", null);
        assertEquals(-32602, message(response).get("error").get("code").intValue());
        stillAnswers();
    }

    private static void stillAnswers() throws Exception {
        JsonNode tools = message(post("{\"jsonrpc\":\"2.0\",\"id\":100,\"method\":\"tools/list\"}", null));
        assertEquals(6, tools.get("result").get("tools").size());
    }

    private static String bmiCall(int id, int weightKg) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"calculate\","
                + "\"arguments\":{\"calculator\":\"bmi\",\"entities\":{\"weight\":[" + weightKg + ",\"kg\"],\"height\":[175,\"cm\"]}}}}";
    }

    private static HttpResponse<String> post(String body, String origin) throws IOException, InterruptedException {
        return HTTP.send(request(body, origin), HttpResponse.BodyHandlers.ofString());
    }

    /** a POST as a client sends it, in the session once there is one */
    private static HttpRequest request(String body, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-11-25");
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return request.build();
    }

    /** the JSON-RPC message of a response: the body, or the data line of its server-sent event */
    private static JsonNode message(HttpResponse<String> response) {
        String body = response.body();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            body = body.lines().filter(line -> line.startsWith("data:")).findFirst().orElseThrow().substring(5);
        }
        return JSON.readTree(body);
    }

    /** what a SIGTERM does: close from another thread, and the thread waiting in await goes on at once */
    @Test
    void closing_releases_the_thread_that_awaits_the_server() throws Exception {
        HttpEndpoint other = ToolServer.serveHttp(Toolbox.of(CalculatorCatalog.bundled(), false), "127.0.0.1", 0);
        Thread waiting = new Thread(other::await, "awaiting");
        waiting.start();
        other.close();
        waiting.join(10_000);
        assertFalse(waiting.isAlive(), "await returned once the server was closed");
    }
}
