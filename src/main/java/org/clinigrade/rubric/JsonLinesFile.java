package org.clinigrade.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.units.JsonSyntax;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines input file read object by object; blank lines are skipped, anything else not an object is an error.
 * Lines are parsed in parallel (parsing is most of reading a large file), and then handed over in file order, so the
 * error reported is always the first bad line's.
 */
final class JsonLinesFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** one object, and the line it is on (from 1) */
    record Line(int number, JsonNode object) {
    }

    /** what is done with each object, in file order */
    interface LineReader {
        void read(int line, JsonNode object);
    }

    private JsonLinesFile() {
    }

    /** @throws InvalidInputException naming the file and line of the first line that is not a JSON object */
    static void read(Path file, LineReader reader) {
        for (Line line : objects(file.toString(), Lines.of(file))) {
            reader.read(line.number(), line.object());
        }
    }

    /** a file's bytes and where each of its lines starts and ends (without the line end), from a byte-order mark on */
    record Lines(byte[] data, int[] starts, int[] ends) {

        static Lines of(Path file) {
            byte[] data;
            try {
                data = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int from = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF ? 3 : 0;
            List<int[]> lines = new ArrayList<>();
            for (int start = from; start < data.length; ) {
                int end = start;
                while (end < data.length && data[end] != '\n') {
                    end++;
                }
                lines.add(new int[] {start, end > start && data[end - 1] == '\r' ? end - 1 : end});
                start = end + 1;
            }
            return new Lines(data, lines.stream().mapToInt(l -> l[0]).toArray(), lines.stream().mapToInt(l -> l[1]).toArray());
        }

        int count() {
            return starts.length;
        }

        boolean blank(int i) {
            for (int b = starts[i]; b < ends[i]; b++) {
                if (data[b] != ' ' && data[b] != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** the first non-blank line's index, or -1 */
        int firstNonBlank() {
            for (int i = 0; i < count(); i++) {
                if (!blank(i)) {
                    return i;
                }
            }
            return -1;
        }

        /** the line parsed alone, if it is a whole JSON object */
        boolean wholeObject(int i) {
            try {
                return JSON.readTree(data, starts[i], ends[i] - starts[i]).isObject();
            } catch (JacksonException e) {
                return false;
            }
        }

        /** the whole file as one JSON document */
        JsonNode document(String file) {
            int from = count() == 0 ? 0 : starts[0];
            try {
                return JSON.readTree(data, from, data.length - from);
            } catch (JacksonException e) {
                throw notJson(file, e);
            }
        }
    }

    /** a whole text as one JSON document (a shipped rubric file) */
    static JsonNode document(String file, String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw notJson(file, e);
        }
    }

    private static InvalidInputException notJson(String file, JacksonException e) {
        return new InvalidInputException(file, "not JSON" + JsonSyntax.where(e) + ": " + JsonSyntax.problem(e));
    }

    /** the objects of the non-blank lines, in order */
    static List<Line> objects(String file, Lines lines) {
        List<Object> parsed = IntStream.range(0, lines.count()).parallel()
                .mapToObj(i -> lines.blank(i) ? null : parse(file, i + 1, lines, i)).toList();
        List<Line> objects = new ArrayList<>(parsed.size());
        for (Object line : parsed) {
            if (line instanceof InvalidInputException error) {
                throw error;
            }
            if (line != null) {
                objects.add((Line) line);
            }
        }
        return objects;
    }

    /** the line's object, or the error that says why it is none */
    private static Object parse(String file, int number, Lines lines, int i) {
        JsonNode node;
        try {
            node = JSON.readTree(lines.data(), lines.starts()[i], lines.ends()[i] - lines.starts()[i]);
        } catch (JacksonException e) {
            return error(file, number, "not JSON: " + JsonSyntax.problem(e));
        }
        return node.isObject() ? new Line(number, node) : error(file, number, "not a JSON object");
    }

    static InvalidInputException error(Object file, int line, String problem) {
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
