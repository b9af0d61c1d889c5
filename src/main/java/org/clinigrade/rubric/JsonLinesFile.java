package org.clinigrade.rubric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JSON Lines input file read object by object; blank lines are skipped, anything else not an object is an error. */
final class JsonLinesFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** one object, and the line it is on (from 1) */
    interface LineReader {
        void read(int line, JsonNode object);
    }

    private JsonLinesFile() {
    }

    /** @throws InvalidInputException naming the file and line of a line that is not a JSON object */
    static void read(Path file, LineReader reader) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    reader.read(number, object(file, number, line));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode object(Path file, int number, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw error(file, number, "not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw error(file, number, "not a JSON object");
        }
        return node;
    }

    static InvalidInputException error(Path file, int line, String problem) {
        return new InvalidInputException(file + ": line " + line, problem);
    }

    /** a member that must be a string */
    static String text(Path file, int line, JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null || !value.isString()) {
            throw error(file, line, name + ": " + (value == null ? "missing" : value + " is not a string"));
        }
        return value.stringValue();
    }
}
