package org.clinigrade.medcalc;

import java.util.List;
import org.clinigrade.grade.InvalidRecordException;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.OutputFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MedCalc-Bench's output files as its harness writes them: {@code Row Number}, {@code Calculator ID},
 * {@code LLM Answer} (already extracted and normalised), {@code LLM Explanation} (free text, or the model's whole
 * JSON reply) or {@code LLM Chat History} (the code-execution runs), and {@code Result}. Streams each line and
 * skips the fields grading does not use (the patient note is most of every line).
 */
public final class MedcalcOutputs implements OutputFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ModelOutput read(byte[] line, int offset, int length, boolean withProcess) {
        String row = null;
        String calculator = null;
        String answer = null;
        String explanation = null;
        String chat = null;
        String result = null;
        try (JsonParser parser = JSON.createParser(line, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidRecordException(null, "expected a JSON object");
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "Row Number" -> row = scalar(parser, token, row, name);
                    case "Calculator ID" -> calculator = scalar(parser, token, row, name);
                    case "LLM Answer" -> answer = scalar(parser, token, row, name);
                    case "LLM Explanation" -> explanation = withProcess ? scalar(parser, token, row, name) : skip(parser);
                    case "LLM Chat History" -> chat = withProcess ? chat(parser, token, row) : skip(parser);
                    case "Result" -> result = scalar(parser, token, row, name);
                    default -> skip(parser);
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidRecordException(row, "more than one JSON value on the line");
            }
        } catch (JacksonException e) {
            throw new InvalidRecordException(row, "not JSON: " + e.getOriginalMessage());
        }
        if (row == null) {
            throw new InvalidRecordException(null, "no 'Row Number'");
        }
        if (answer == null) {
            throw new InvalidRecordException(row, "no 'LLM Answer'");
        }
        JsonNode messages = chat == null ? null : messages(chat);
        String reasoning = messages != null ? chatReasoning(messages)
                : explanation == null || explanation.equals("N/A") ? null : explanation;
        String raw = explanation != null && explanation.contains("nswer\"") ? explanation
                : messages != null ? lastReply(messages, answer) : answer;
        return new ModelOutput(row, calculator, raw, answer, null, List.of(), reasoning, result, null);
    }

    private static String scalar(JsonParser parser, JsonToken token, String row, String name) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw new InvalidRecordException(row, "'" + name + "' must be text or a number, got " + token);
        }
        return parser.getString();
    }

    /** the chat as the Python literal the harness wrote, or as a JSON array of messages */
    private static String chat(JsonParser parser, JsonToken token, String row) {
        if (token == JsonToken.START_ARRAY) {
            return parser.readValueAsTree().toString();
        }
        return scalar(parser, token, row, "LLM Chat History");
    }

    private static String skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    /**
     * The model's side of a code-execution chat: what the assistant wrote and what its code printed. The system
     * prompt and the patient note are left out, so their numbers are not taken for the model's.
     */
    private static String chatReasoning(JsonNode messages) {
        StringBuilder text = new StringBuilder();
        for (JsonNode message : messages) {
            String role = message.path("role").asString("");
            String content = message.path("content").asString("");
            if (role.equals("assistant")) {
                text.append(content).append('\n');
            } else if (content.startsWith("I have executed your code")) {
                text.append(printed(content)).append('\n');
            }
        }
        return text.toString();
    }

    /** what the code printed, without the harness's instructions and their example answers (17.29, 5/21/2021) */
    private static String printed(String harnessMessage) {
        int start = harnessMessage.indexOf("the output is:");
        int end = harnessMessage.indexOf("If there was an error");
        return harnessMessage.substring(start < 0 ? 0 : start + "the output is:".length(),
                end < 0 || end < start ? harnessMessage.length() : end);
    }

    /** the assistant's last message, which holds the <answer> tag */
    private static String lastReply(JsonNode messages, String fallback) {
        String last = fallback;
        for (JsonNode message : messages) {
            if (message.path("role").asString("").equals("assistant") && message.path("content").asString("").contains("<answer>")) {
                last = message.get("content").asString();
            }
        }
        return last;
    }

    private static JsonNode messages(String chat) {
        try {
            JsonNode messages = PythonLiteral.parse(chat);
            return messages.isArray() ? messages : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
