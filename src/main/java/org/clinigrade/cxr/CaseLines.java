package org.clinigrade.cxr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JSON Lines file of cases, one JSON value a line; blank lines are skipped, and every case knows its line. */
final class CaseLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseLines() {
    }

    /**
     * Gives each line's JSON and its place ({@code file:line}, for messages) to {@code reader}, in order.
     *
     * @return how many cases were read
     * @throws InvalidInputException naming the file and line of a line that is not JSON
     */
    static int read(Path file, BiConsumer<JsonNode, String> reader) {
        int cases = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    String where = file + ":" + number;
                    reader.accept(parse(line, where), where);
                    cases++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** @throws InvalidInputException naming {@code where} if the text is not JSON */
    static JsonNode parse(String text, String where) {
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JacksonException e) {
            throw new InvalidInputException(where, "not JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
