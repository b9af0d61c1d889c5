package org.clinigrade.cxr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * CXReasonBench's evaluation outputs as they are: a folder as {@code evaluate_reasoning.py} writes it
 * ({@code inference/reasoning/<model>/<task>/<dicom>.json}: the task is the case's folder, the DICOM id its file
 * name, {@code config.json} is the run's settings), or JSON Lines with one case a line, each naming its
 * {@code "task"}. A {@code "task"} field wins over the folder.
 */
public final class TranscriptSource {

    private TranscriptSource() {
    }

    /** the cases judged, in the folder's sorted order or the file's line order */
    public static List<TranscriptCase> judge(Path outputs) {
        return Files.isDirectory(outputs) ? folder(outputs) : lines(outputs);
    }

    private static List<TranscriptCase> folder(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("config.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TranscriptCase> cases = new ArrayList<>();
        for (Path file : files) {
            String where = file.toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JsonNode json = CaseLines.parse(text, where);
            Path parent = file.getParent();
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            cases.add(judged(json, parent == null ? null : parent.getFileName().toString(), stem, where));
        }
        if (cases.isEmpty()) {
            throw new InvalidInputException("--outputs", folder + " holds no case files (<task>/<dicom>.json)");
        }
        return cases;
    }

    private static List<TranscriptCase> lines(Path file) {
        List<TranscriptCase> cases = new ArrayList<>();
        CaseLines.read(file, (json, where) -> cases.add(judged(json, null, null, where)));
        if (cases.isEmpty()) {
            throw new InvalidInputException("--outputs", file + " has no cases (one JSON object a line)");
        }
        return cases;
    }

    private static TranscriptCase judged(JsonNode json, String folderTask, String fileId, String where) {
        if (!json.isObject()) {
            throw new InvalidInputException(where, "not a JSON object (one case's stages)");
        }
        JsonNode field = json.get("task");
        if (field != null && !field.isNull() && !field.isString()) {
            throw new InvalidInputException(where + ": task", field + " is not a task name (expected a string)");
        }
        String name = field != null && field.isString() ? field.stringValue() : folderTask;
        if (name == null) {
            throw new InvalidInputException(where + ": task", "missing (a line names its task, as \"task\": \"cardiomegaly\")");
        }
        StageTask task = StageTask.byId(name).orElseThrow(() -> new InvalidInputException(where + ": task",
                "'" + name + "' is not a CXReasonBench task (expected one of " + StageTask.ids() + ")"));
        String id = json.path("dicom").isString() ? json.get("dicom").stringValue() : fileId;
        return TranscriptCase.judge(json, task, id, where);
    }
}
