package org.clinigrade.medcalc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinigrade.grade.ModelOutput;
import org.clinigrade.grade.OutputFormat;
import org.clinigrade.lines.InvalidRecordException;
import org.clinigrade.lines.JsonMembers;
import tools.jackson.core.JacksonException;
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
    private static final String[] NAMES = {"Row Number", "Calculator ID", "LLM Answer", "Result", "LLM Explanation",
            "LLM Chat History"};
    private static final JsonMembers ANSWER_ONLY = new JsonMembers(Arrays.copyOf(NAMES, 4));
    private static final JsonMembers WITH_PROCESS = new JsonMembers(NAMES);

    @Override
    public ModelOutput read(byte[] line, int offset, int length, boolean withProcess) {
        return output((withProcess ? WITH_PROCESS : ANSWER_ONLY).read(line, offset, length), withProcess);
    }

    private static ModelOutput output(JsonMembers.Member[] members, boolean withProcess) {
        String row = scalar(members, 0, null);
        if (row == null) {
            throw new InvalidRecordException(null, "no 'Row Number'");
        }
        String calculator = scalar(members, 1, row);
        String answer = scalar(members, 2, row);
        String result = scalar(members, 3, row);
        if (answer == null) {
            throw new InvalidRecordException(row, "no 'LLM Answer'");
        }
        if (!withProcess) {
            return new ModelOutput(row, calculator, answer, answer, null, List.of(), null, result, null);
        }
        String explanation = scalar(members, 4, row);
        JsonMembers.Member chat = members[5];
        JsonNode messages = chat == null ? null : messages(chat);
        String reasoning = messages != null ? chatReasoning(messages)
                : explanation == null || explanation.equals("N/A") ? null : explanation;
        String raw = explanation != null && explanation.contains("nswer\"") ? explanation
                : messages != null ? lastReply(messages, answer) : answer;
        return new ModelOutput(row, calculator, raw, answer, null, List.of(), reasoning, result, null);
    }

    /** text or a number, as written; null if absent or null */
    private static String scalar(JsonMembers.Member[] members, int i, String row) {
        JsonMembers.Member member = members[i];
        if (member == null) {
            return null;
        }
        if (!member.scalar()) {
            throw new InvalidRecordException(row, "'" + NAMES[i] + "' must be text or a number, got an "
                    + member.type().name().toLowerCase(Locale.ROOT));
        }
        return member.text();
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

    /** the chat as the Python literal the harness wrote, or as a JSON array of messages */
    private static JsonNode messages(JsonMembers.Member chat) {
        try {
            JsonNode messages = chat.type() == JsonMembers.Member.Type.ARRAY ? JSON.readTree(chat.text())
                    : PythonLiteral.parse(chat.text());
            return messages.isArray() ? messages : null;
        } catch (IllegalArgumentException | JacksonException e) {
            return null;
        }
    }
}
