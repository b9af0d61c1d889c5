package org.clinigrade.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.medcalc.PythonLiteral;
import org.clinigrade.units.JsonSyntax;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the entities object a user gives with {@code --input FILE|-}: bounded in size, strict JSON, or a Python
 * dict literal as MedCalc-Bench's CSV writes entities; after a UTF-8 byte-order mark, as editors on Windows write.
 */
final class EntitiesFile {

    /** far above any real set of entities; stops a runaway file or pipe early */
    static final int MAX_BYTES = 1 << 20;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EntitiesFile() {
    }

    static JsonNode read(String source, InputStream stdin) {
        byte[] bytes = source.equals("-") ? readBounded(stdin) : readFile(Path.of(source));
        String text = withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
        if (text.isBlank()) {
            throw new InvalidInputException("input", "empty (expected a JSON object of entities)");
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return pythonLiteral(text).orElseThrow(() -> {
                return new InvalidInputException("input", "not valid JSON" + JsonSyntax.where(e) + ": "
                        + JsonSyntax.problem(e));
            });
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** MedCalc-Bench's entities as they stand in its CSV: a Python dict literal ({'Stroke': True}) */
    private static Optional<JsonNode> pythonLiteral(String text) {
        if (!text.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PythonLiteral.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] readFile(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge();
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("input", "no such file: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("input", "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static byte[] readBounded(InputStream in) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) != -1) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > MAX_BYTES) {
                    throw tooLarge();
                }
            }
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException("input", "cannot read standard input: " + e.getMessage());
        }
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException("input", "larger than " + (MAX_BYTES >> 20) + " MiB (expected a JSON object of entities)");
    }
}
