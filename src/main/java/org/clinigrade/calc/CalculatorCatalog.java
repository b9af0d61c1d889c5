package org.clinigrade.calc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.clinigrade.engine.PrecompiledRules;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RuleSource;

/**
 * The calculators: every {@code <id>.json} of a calculators folder, each with its rules in
 * {@code <rules>/calculators/<id>.drl}. Both folders default to the ones bundled in the jar; an author points
 * either at a folder on disk to change a calculator without rebuilding.
 */
public final class CalculatorCatalog {

    private static final JsonMapper SCAN = JsonMapper.builder().build();

    private final Map<String, Entry> byId;
    private final Map<Integer, Entry> byMedcalcId = new HashMap<>();

    /** A calculator file found by a quick scan; read, checked and compiled only when first used. */
    private static final class Entry {
        final Path file;
        final Path drl;
        final boolean bundledRules;
        final Integer medcalcId;
        private volatile Calculator calculator;

        Entry(Path file, Path drl, boolean bundledRules, Integer medcalcId) {
            this.file = file;
            this.drl = drl;
            this.bundledRules = bundledRules;
            this.medcalcId = medcalcId;
        }

        /** read once; unsynchronised afterwards, since grading threads look a calculator up for every record */
        Calculator calculator() {
            Calculator read = calculator;
            if (read != null) {
                return read;
            }
            synchronized (this) {
                if (calculator == null) {
                    CalculatorDefinition definition = CalculatorFileReader.read(display(file), read(file));
                    calculator = new Calculator(definition, this::rules);
                }
                return calculator;
            }
        }

        /** bundled rules as compiled at build time if they still match their source; otherwise compiled now */
        private RuleSet rules() {
            RuleSource source = new RuleSource(display(drl), read(drl));
            String relative = "calculators/" + drl.getFileName();
            return (bundledRules ? PrecompiledRules.find(relative, source.text()) : Optional.<RuleSet>empty())
                    .orElseGet(() -> RuleSet.compile(List.of(source)));
        }
    }

    private CalculatorCatalog(Map<String, Entry> byId) {
        this.byId = byId;
        byId.values().stream().filter(e -> e.medcalcId != null).forEach(e -> byMedcalcId.put(e.medcalcId, e));
    }

    /** the calculators and rules bundled with clinigrade */
    public static CalculatorCatalog bundled() {
        return load(null, null);
    }

    /**
     * Finds the calculator files and their rules. A file is read and checked in full when its calculator is
     * first used ({@link #find}, {@link #all}), so one calculation pays only for its own calculator.
     *
     * @param calculatorsDir a folder of calculator files, or null for the bundled ones
     * @param rulesDir       a folder laid out like {@code rules/}, or null for the bundled rules
     * @throws CalculatorFileException for a file without rules or a MedCalc-Bench ID used twice
     */
    public static CalculatorCatalog load(Path calculatorsDir, Path rulesDir) {
        Path calculators = calculatorsDir != null ? requireFolder(calculatorsDir) : ClasspathFolder.of("calculators").orElseThrow(() -> new IllegalStateException("no bundled calculators"));
        Path rules = rulesDir != null ? requireFolder(rulesDir) : ClasspathFolder.of("rules").orElseThrow(() -> new IllegalStateException("no bundled rules"));
        Map<String, Entry> byId = new LinkedHashMap<>();
        Map<Integer, String> byMedcalcId = new HashMap<>();
        for (Path file : calculatorFiles(calculators)) {
            String id = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path drl = rules.resolve("calculators").resolve(id + ".drl");
            if (!Files.isRegularFile(drl)) {
                throw new CalculatorFileException(display(file), "no rules at " + display(drl));
            }
            Integer medcalcId = medcalcId(file);
            if (medcalcId != null && byMedcalcId.putIfAbsent(medcalcId, id) != null) {
                throw new CalculatorFileException(display(file),
                        "/medcalc_id: " + medcalcId + " is also " + byMedcalcId.get(medcalcId));
            }
            byId.put(id, new Entry(file, drl, rulesDir == null, medcalcId));
        }
        return new CalculatorCatalog(byId);
    }

    /** the MedCalc-Bench ID, read without checking the rest of the file */
    private static Integer medcalcId(Path file) {
        try {
            JsonNode id = SCAN.readTree(read(file)).path("medcalc_id");
            return id.isIntegralNumber() ? id.intValue() : null;
        } catch (JacksonException e) {
            throw new CalculatorFileException(display(file), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** every calculator, each file checked; sorted by MedCalc-Bench ID, then by id */
    public List<Calculator> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing((Entry e) -> e.medcalcId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.file.getFileName().toString()))
                .map(Entry::calculator)
                .toList();
    }

    /** by slug ({@code cockcroft-gault}) or MedCalc-Bench Calculator ID ({@code 2}) */
    public Optional<Calculator> find(String idOrNumber) {
        String key = idOrNumber.trim();
        if (!key.isEmpty() && key.length() <= 6 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.ofNullable(byMedcalcId.get(Integer.parseInt(key))).map(Entry::calculator);
        }
        return Optional.ofNullable(byId.get(key.toLowerCase(Locale.ROOT))).map(Entry::calculator);
    }

    /**
     * Like {@link #find}, for input from a user or a model.
     *
     * @param whereToLook how to find the right id, for the message ("see 'clinigrade list'")
     * @throws InvalidInputException naming the field {@code calculator}
     */
    public Calculator require(String idOrNumber, String whereToLook) {
        return find(idOrNumber).orElseThrow(() -> new InvalidInputException("calculator",
                "'" + idOrNumber + "' is not a calculator id or MedCalc-Bench ID (" + whereToLook + ")"));
    }

    private static List<Path> calculatorFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CalculatorFileException(folder.toString(), "not a folder");
        }
        return folder;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CalculatorFileException(display(file), "cannot be read: " + e.getMessage());
        }
    }

    /** a path as a person would recognise it: relative to the jar or the working folder */
    private static String display(Path file) {
        String text = file.toString();
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return "(bundled)" + text;
        }
        Path relative = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return relative.startsWith(cwd) ? cwd.relativize(relative).toString() : text;
    }
}
