package org.clinigrade.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A judge asked over an OpenAI-compatible chat endpoint ({@code POST <url>/chat/completions}), one criterion at a time,
 * with simple-evals' grader prompt (the conversation, then the criterion as {@code [points] text}). A reply that
 * cannot be read (not JSON, no boolean {@code criteria_met}, a level outside 0..max, an HTTP error) is asked again, at
 * most {@code attempts} times in all; then the criterion is {@code judge_failed}, never "not met". Every reply is kept.
 */
public final class ChatJudge {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEMPLATE = template();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI endpoint;
    private final String model;
    private final String key;
    private final int attempts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    /**
     * @param url      the API's base, such as {@code https://api.openai.com/v1}
     * @param key      sent as a bearer token; null sends none (a local endpoint)
     * @param attempts how many times a criterion is asked at the most
     */
    public ChatJudge(URI url, String model, String key, int attempts) {
        this.endpoint = URI.create(url.toString().replaceAll("/+$", "") + "/chat/completions");
        this.model = model;
        this.key = key;
        this.attempts = attempts;
    }

    public String model() {
        return model;
    }

    /** what the judge said: a verdict, or why there is none; the last reply as it came */
    record Reply(Judgment judgment, String failure, String raw) {
    }

    /** @param maxLevel the tiered scheme's maximum level, or 0 under healthbench (a boolean is asked for) */
    Reply ask(String conversation, Criterion criterion, int maxLevel) {
        String item = "[" + (criterion.points() != null ? criterion.points() : criterion.tier().label()) + "] "
                + criterion.text();
        String prompt = TEMPLATE.replace("<<conversation>>", conversation).replace("<<rubric_item>>", item)
                + (maxLevel > 0 ? levelInstruction(maxLevel) : "");
        String raw = null;
        String failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                raw = post(prompt);
                Judgment judgment = read(raw, maxLevel);
                if (judgment != null) {
                    return new Reply(judgment, null, raw);
                }
                failure = "the reply has no " + (maxLevel > 0 ? "\"level\" from 0 to " + maxLevel : "boolean \"criteria_met\"");
            } catch (IOException e) {
                failure = "the endpoint could not be read: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Reply(null, "interrupted", raw);
            }
        }
        return new Reply(null, failure + " (asked " + attempts + " times)", raw);
    }

    private static String levelInstruction(int maxLevel) {
        return "\n\nInstead of \"criteria_met\", return \"level\": an integer from 0 to " + maxLevel + ". For a wanted"
                + " behaviour, 0 is not met and " + maxLevel + " fully met; for an undesirable one, 0 is absent and "
                + maxLevel + " present to a major degree.";
    }

    /** the message content of the endpoint's reply */
    private String post(String prompt) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("model", model).put("temperature", 0);
        body.putArray("messages").addObject().put("role", "user").put("content", prompt);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        try {
            JsonNode content = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
            return content.isString() ? content.stringValue() : response.body();
        } catch (JacksonException e) {
            return response.body();
        }
    }

    /** the verdict in a reply (its JSON object, with or without a ```json fence), or null if it has none */
    static Judgment read(String reply, int maxLevel) {
        String json = reply.strip().replaceAll("^```(json)?\\s*|\\s*```$", "");
        JsonNode object;
        try {
            object = JSON.readTree(json);
        } catch (JacksonException e) {
            return null;
        }
        if (object == null || !object.isObject()) {
            return null;
        }
        String explanation = object.path("explanation").isString() ? object.get("explanation").stringValue() : null;
        if (maxLevel > 0) {
            JsonNode level = object.path("level");
            return level.isIntegralNumber() && level.intValue() >= 0 && level.intValue() <= maxLevel
                    ? new Judgment(null, level.intValue(), explanation, 0) : null;
        }
        JsonNode met = object.path("criteria_met");
        return met.isBoolean() ? new Judgment(met.booleanValue(), null, explanation, 0) : null;
    }

    private static String template() {
        try (InputStream in = ChatJudge.class.getResourceAsStream("grader-template.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
