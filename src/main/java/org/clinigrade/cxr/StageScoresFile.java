package org.clinigrade.cxr;

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

/** A JSON Lines file of judged stage scores, one case a line, read into a {@link MetricSummary}. */
public final class StageScoresFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StageScoresFile() {
    }

    /**
     * @throws InvalidInputException naming the file, the line and the field of the first line that cannot be used
     */
    public static MetricSummary read(Path file) {
        MetricSummary summary = new MetricSummary();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    String where = file + ":" + number;
                    summary.add(StageScores.read(parse(line, where), where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (summary.cases() == 0) {
            throw new InvalidInputException("--scores", file + " has no cases (one JSON object a line)");
        }
        return summary;
    }

    static JsonNode parse(String text, String where) {
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JacksonException e) {
            throw new InvalidInputException(where, "not JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
