package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * --judge-url against a fake OpenAI-compatible endpoint started here: one criterion a call, a fenced JSON reply read,
 * an unreadable reply asked again, one that stays unreadable judge_failed (never "not met"), every reply kept.
 */
class RubricGradeJudgeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RECORD = "{\"prompt_id\": \"p1\", \"prompt\": [{\"role\": \"user\", \"content\": \"What dose?\"}],"
            + " \"example_tags\": [], \"rubrics\": [{\"criterion\": \"Names the dose\", \"points\": 5, \"tags\": []},"
            + " {\"criterion\": \"Recommends aspirin\", \"points\": -3, \"tags\": []},"
            + " {\"criterion\": \"Mentions follow-up\", \"points\": 2, \"tags\": []}]}";

    @TempDir
    Path dir;
    private HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<JsonNode> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "none" : auth);
            String prompt = request.get("messages").get(0).get("content").stringValue();
            String reply;
            if (prompt.contains("[5] Names the dose")) {
                calls.computeIfAbsent("dose", k -> new AtomicInteger()).incrementAndGet();
                reply = "```json\n{\"explanation\": \"It says 5 mg.\", \"criteria_met\": true}\n```";
            } else if (prompt.contains("[-3] Recommends aspirin")) {
                int n = calls.computeIfAbsent("aspirin", k -> new AtomicInteger()).incrementAndGet();
                reply = n == 1 ? "not json" : "{\"explanation\": \"No aspirin.\", \"criteria_met\": false}";
            } else {
                calls.computeIfAbsent("follow-up", k -> new AtomicInteger()).incrementAndGet();
                reply = "I think yes";
            }
            byte[] body = JSON.createObjectNode().set("choices", JSON.createArrayNode().add(JSON.createObjectNode()
                    .set("message", JSON.createObjectNode().put("role", "assistant").put("content", reply))))
                    .toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CliRun grade(String judgments) throws IOException {
        Files.writeString(dir.resolve("records.jsonl"), RECORD + "\n");
        Files.writeString(dir.resolve("responses.jsonl"), "{\"prompt_id\": \"p1\", \"response\": \"Take 5 mg.\"}\n");
        Files.writeString(dir.resolve("judgments.jsonl"), judgments);
        return CliRun.of("rubric", "grade", "--rubrics", dir.resolve("records.jsonl").toString(),
                "--judgments", dir.resolve("judgments.jsonl").toString(), "--responses", dir.resolve("responses.jsonl").toString(),
                "--judge", "fake endpoint", "--judge-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                "--judge-model", "fake-1", "--judge-key-env", "CLINIGRADE_TEST_NO_SUCH_KEY",
                "--out", dir.resolve("v.jsonl").toString(), "--summary", dir.resolve("s.json").toString());
    }

    @Test
    void each_criterion_is_asked_and_an_unreadable_reply_is_judge_failed_not_unmet() throws IOException {
        CliRun run = grade("");
        assertEquals(3, run.exitCode(), "a criterion without a verdict: " + run.err());
        JsonNode verdict = JSON.readTree(Files.readString(dir.resolve("v.jsonl")));
        JsonNode criteria = verdict.get("criteria");
        assertTrue(criteria.get(0).get("met").booleanValue());
        assertEquals("It says 5 mg.", criteria.get(0).get("evidence").stringValue());
        assertTrue(criteria.get(0).get("reply").stringValue().startsWith("```json"), "the raw reply is kept");
        assertFalse(criteria.get(1).get("met").booleanValue(), "asked again after 'not json'");
        assertTrue(criteria.get(2).get("met").isNull());
        assertEquals("judge_failed", criteria.get(2).get("source").stringValue());
        assertEquals("the reply has no boolean \"criteria_met\" (asked 3 times)", criteria.get(2).get("evidence").stringValue());
        assertEquals("I think yes", criteria.get(2).get("reply").stringValue());
        assertTrue(verdict.get("score").isNull());
        assertEquals("no verdict for criteria 2: the score is not given", verdict.get("missing").stringValue());
        assertEquals(Map.of("dose", 1, "aspirin", 2, "follow-up", 3),
                Map.of("dose", calls.get("dose").get(), "aspirin", calls.get("aspirin").get(), "follow-up", calls.get("follow-up").get()));
        JsonNode summary = JSON.readTree(dir.resolve("s.json").toFile());
        assertEquals("fake-1", summary.get("judge_model").stringValue());
        assertEquals("fake endpoint", summary.get("judge").stringValue());
    }

    @Test
    void the_judge_sees_the_conversation_and_the_criterion_as_simple_evals_shows_them() throws IOException {
        grade("{\"prompt_id\": \"p1\", \"criterion_index\": 1, \"criteria_met\": false}\n"
                + "{\"prompt_id\": \"p1\", \"criterion_index\": 2, \"criteria_met\": true}\n");
        assertEquals(1, requests.size(), "only the criterion without a judgment is asked");
        JsonNode request = requests.get(0);
        assertEquals("fake-1", request.get("model").stringValue());
        String prompt = request.get("messages").get(0).get("content").stringValue();
        assertTrue(prompt.contains("# Conversation\nuser: What dose?\n\nassistant: Take 5 mg.\n\n# Rubric item\n[5] Names the dose"), prompt);
        assertEquals(List.of("none"), authorizations, "no key in the environment, no Authorization header");
        JsonNode verdict = JSON.readTree(Files.readString(dir.resolve("v.jsonl")));
        assertEquals(1.0, verdict.get("score").doubleValue(), "5 (asked) + 2 (judged) met over 7 positive; the harm not done");
        assertNull(verdict.get("missing"));
    }

    @Test
    void a_judge_url_needs_a_model_and_responses() throws IOException {
        Files.writeString(dir.resolve("records.jsonl"), RECORD + "\n");
        Files.writeString(dir.resolve("judgments.jsonl"), "");
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", dir.resolve("records.jsonl").toString(),
                "--judgments", dir.resolve("judgments.jsonl").toString(), "--judge", "j", "--judge-url", "http://127.0.0.1:1/v1");
        assertEquals(2, run.exitCode());
        assertEquals("invalid input: --judge-url: needs --judge-model (the model to ask) and --responses (the answers it judges)",
                run.err().strip());
    }
}
