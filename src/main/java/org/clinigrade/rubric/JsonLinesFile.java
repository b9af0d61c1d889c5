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

    /** what a line's object becomes; called on any thread, in any order, so it must depend on nothing but its line */
    interface LineMapper<T> {
        /** @throws InvalidInputException naming the line and field when the object cannot be used */
        T map(int line, JsonNode object);
    }

    /** what is then done with each line's value, in file order */
    interface LineReader<T> {
        void read(int line, T value);
    }

    private JsonLinesFile() {
    }

    /**
     * Each non-blank line parsed and mapped in parallel (a line's tree is garbage as soon as it is mapped), then read
     * in file order; the error thrown is the first bad line's, whether its JSON, its mapping or its reading failed.
     *
     * @throws InvalidInputException naming the file and line
     */
    static <T> void read(Path file, LineMapper<T> mapper, LineReader<T> reader) {
        read(file.toString(), Lines.of(file), mapper, reader);
    }

    static <T> void read(String file, Lines lines, LineMapper<T> mapper, LineReader<T> reader) {
        List<Object> mapped = IntStream.range(0, lines.count()).parallel()
                .mapToObj(i -> lines.blank(i) ? null : parse(file, i + 1, lines, i, mapper)).toList();
        for (int i = 0; i < mapped.size(); i++) {
            Object line = mapped.get(i);
            if (line instanceof InvalidInputException error) {
                throw error;
            }
            if (line != null) {
                @SuppressWarnings("unchecked")
                T value = ((Mapped<T>) line).value();
                reader.read(i + 1, value);
            }
        }
    }

    /** a line's value (null values are kept apart from blank lines) */
    private record Mapped<T>(T value) {
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

    /** the line's value, or the error that says why it has none */
    private static Object parse(String file, int number, Lines lines, int i, LineMapper<?> mapper) {
        JsonNode node;
        try {
            node = JSON.readTree(lines.data(), lines.starts()[i], lines.ends()[i] - lines.starts()[i]);
        } catch (JacksonException e) {
            return error(file, number, "not JSON: " + JsonSyntax.problem(e));
        }
        if (!node.isObject()) {
            return error(file, number, "not a JSON object");
        }
        try {
            return new Mapped<>(mapper.map(number, node));
        } catch (InvalidInputException e) {
            return e;
        }
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
