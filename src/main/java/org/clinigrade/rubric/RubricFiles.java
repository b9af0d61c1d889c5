package org.clinigrade.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.clinigrade.engine.DefinitionFolder;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The rubrics of {@code --rubrics}: a file or a folder of them, native rubric files and HealthBench records alike,
 * told apart by their content. A file whose first line is a whole JSON object is JSON Lines, one rubric a line;
 * any other file is one JSON document. Each object with {@code criteria} is a native rubric, any other a HealthBench
 * record. A folder is read file by file ({@code .json} and {@code .jsonl}, not its subfolders), in the order of their
 * names with runs of digits compared as numbers ({@code example_2} before {@code example_10}).
 */
public final class RubricFiles {

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+|\\D+");

    private RubricFiles() {
    }

    /**
     * @param path    a file or folder, or the id of a shipped rubric ({@code af-anticoagulation})
     * @param trusted whether a rubric file's hand-written rules may run ({@code --trusted})
     * @return the rubrics, in file and line order, by id
     * @throws InvalidInputException naming the file (and line) and the field at fault
     */
    public static Rubrics read(Path path, boolean trusted) {
        if (!Files.exists(path)) {
            Rubric shipped = shipped(path.toString()).orElseThrow(() -> new InvalidInputException("--rubrics", path
                    + ": no such file or folder, nor a shipped rubric (" + shippedIds() + ")"));
            return new Rubrics(List.of(shipped), false, Map.of());
        }
        List<Rubric> rubrics = new ArrayList<>();
        List<Rubric> records = new ArrayList<>();
        Map<String, JsonNode> prompts = new java.util.HashMap<>();
        for (Path file : files(path)) {
            for (Read read : readFile(file, trusted)) {
                rubrics.add(read.rubric());
                if (read.healthBenchRecord()) {
                    records.add(read.rubric());
                    prompts.put(read.rubric().id(), read.prompt());
                }
            }
        }
        if (rubrics.isEmpty()) {
            throw new InvalidInputException("--rubrics", path + " holds no rubric (.json or .jsonl files)");
        }
        if (!records.isEmpty() && records.size() < rubrics.size()) {
            throw new InvalidInputException("--rubrics", path + " mixes HealthBench records (" + records.get(0).source()
                    + ") with native rubric files, whose judgments are written differently: grade them in separate runs");
        }
        return new Rubrics(rubrics, !records.isEmpty(), prompts);
    }

    /**
     * A rubric given inline (a tool call's argument), read as a native rubric file is.
     *
     * @throws InvalidInputException naming {@code source} and the field at fault
     */
    public static Rubric inline(String source, JsonNode rubric) {
        if (rubric == null || !rubric.isObject()) {
            throw new InvalidInputException(source, "expected a rubric object (id, title, scheme, criteria)");
        }
        return NativeRubric.read(source, rubric, HandWrittenRules.refused(source));
    }

    /** every rubric of a file or folder, each file read on its own (a folder may mix schemes, as for a check) */
    public static List<Rubric> each(Path path, boolean trusted) {
        List<Rubric> rubrics = new ArrayList<>();
        files(path).forEach(file -> rubrics.addAll(read(file, trusted).all()));
        return rubrics;
    }

    /** the rubrics shipped in the jar ({@code rubrics/*.json}), read once */
    public static List<Rubric> bundled() {
        return Bundled.ALL;
    }

    /**
     * A rubric by the id of a shipped one, or from a file: what {@code rubric describe}, {@code check} and
     * {@code show} take.
     *
     * @throws InvalidInputException when {@code idOrFile} is neither, naming the shipped ids
     */
    public static List<Rubric> find(String idOrFile, boolean trusted) {
        Optional<Rubric> shipped = shipped(idOrFile);
        if (shipped.isPresent()) {
            return List.of(shipped.get());
        }
        Path file = Path.of(idOrFile);
        if (!Files.exists(file)) {
            throw new InvalidInputException("rubric", "'" + idOrFile + "' is neither a file nor a shipped rubric ("
                    + shippedIds() + ")");
        }
        return read(file, trusted).all();
    }

    /** the shipped rubric with this id */
    public static Optional<Rubric> shipped(String id) {
        return bundled().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** the shipped rubrics' ids, for a message that lists them */
    public static String shippedIds() {
        return String.join(", ", bundled().stream().map(Rubric::id).toList());
    }

    private static final class Bundled {
        static final List<Rubric> ALL = load();

        private static List<Rubric> load() {
            DefinitionFolder folder = DefinitionFolder.bundled(KIND);
            List<Rubric> rubrics = new ArrayList<>();
            for (String name : folder.fileNames()) {
                String source = folder.display(name);
                rubrics.add(NativeRubric.read(source, JsonLinesFile.document(source, folder.read(name)),
                        HandWrittenRules.bundled()));
            }
            return List.copyOf(rubrics);
        }
    }

    /** the kind of definition rubrics are, and the folder they are shipped in */
    public static final String KIND = "rubrics";

    /** a rubric as read from one JSON object, and for a HealthBench record its conversation (a judge is shown it) */
    private record Read(Rubric rubric, boolean healthBenchRecord, JsonNode prompt) {

        /** an object with {@code criteria} is a native rubric, any other a HealthBench record */
        static Read of(String source, JsonNode object, HandWrittenRules handWritten) {
            return object.has("criteria") ? new Read(NativeRubric.read(source, object, handWritten), false, null)
                    : new Read(HealthBenchRecord.read(source, object), true, object.get("prompt"));
        }
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json") || f.getFileName().toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString(), RubricFiles::compareNames))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** names compared part by part, runs of digits as numbers */
    static int compareNames(String a, String b) {
        Matcher left = DIGITS.matcher(a);
        Matcher right = DIGITS.matcher(b);
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            int order = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())
                            .compare(x.replaceFirst("^0+(?=.)", ""), y.replaceFirst("^0+(?=.)", ""))
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static List<Read> readFile(Path file, boolean trusted) {
        HandWrittenRules handWritten = HandWrittenRules.beside(file, trusted);
        JsonLinesFile.Lines lines = JsonLinesFile.Lines.of(file);
        int first = lines.firstNonBlank();
        if (first >= 0 && lines.wholeObject(first)) {
            List<Read> read = new ArrayList<>();
            JsonLinesFile.<Read>read(file.toString(), lines, (line, object) -> Read.of(file + ": line " + line, object, handWritten),
                    (line, rubric) -> read.add(rubric));
            return read;
        }
        JsonNode node = lines.document(file.toString());
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(file.toString(), "not a JSON object (a rubric, or a HealthBench record)");
        }
        return List.of(Read.of(file.toString(), node, handWritten));
    }

    /**
     * Rubrics by id, in the order they were read; ids are unique and all share one kind of scheme.
     *
     * @param healthBenchRecords HealthBench records (judged by prompt_id and criterion_index), else native rubrics
     * @param prompts            each HealthBench record's conversation ({@code prompt}), by prompt_id, for a judge
     */
    public record Rubrics(List<Rubric> all, Map<String, Rubric> byId, boolean healthBenchRecords,
                          Map<String, JsonNode> prompts) {

        Rubrics(List<Rubric> all, boolean healthBenchRecords, Map<String, JsonNode> prompts) {
            this(List.copyOf(all), index(all), healthBenchRecords, prompts);
        }

        private static Map<String, Rubric> index(List<Rubric> all) {
            Map<String, Rubric> byId = new LinkedHashMap<>();
            for (Rubric rubric : all) {
                Rubric earlier = byId.putIfAbsent(rubric.id(), rubric);
                if (earlier != null) {
                    throw new InvalidInputException(rubric.source(), "id '" + rubric.id() + "' is also the id of the"
                            + " rubric in " + earlier.source());
                }
                if (all.get(0).scheme().getClass() != rubric.scheme().getClass()) {
                    throw new InvalidInputException(rubric.source(), "scheme: " + name(rubric.scheme()) + ", where "
                            + all.get(0).source() + " is " + name(all.get(0).scheme()) + " (one run scores one scheme)");
                }
            }
            return byId;
        }

        /** the healthbench scheme, or the tiered one */
        public boolean tiered() {
            return all.get(0).scheme() instanceof Scheme.Tiered;
        }
    }

    static String name(Scheme scheme) {
        return scheme instanceof Scheme.Tiered ? "tiered" : "healthbench";
    }
}
