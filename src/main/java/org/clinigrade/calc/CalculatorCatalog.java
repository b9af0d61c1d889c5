package org.clinigrade.calc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RuleSource;

/**
 * The calculators: every {@code <id>.json} of a calculators folder, each with its rules in
 * {@code <rules>/calculators/<id>.drl}. Both folders default to the ones bundled in the jar; an author points
 * either at a folder on disk to change a calculator without rebuilding.
 */
public final class CalculatorCatalog {

    private final Map<String, Calculator> byId;

    private CalculatorCatalog(Map<String, Calculator> byId) {
        this.byId = byId;
    }

    /** the calculators and rules bundled with clinigrade */
    public static CalculatorCatalog bundled() {
        return load(null, null);
    }

    /**
     * @param calculatorsDir a folder of calculator files, or null for the bundled ones
     * @param rulesDir       a folder laid out like {@code rules/}, or null for the bundled rules
     * @throws CalculatorFileException for the first file that cannot be loaded
     */
    public static CalculatorCatalog load(Path calculatorsDir, Path rulesDir) {
        Path calculators = calculatorsDir != null ? requireFolder(calculatorsDir) : bundledFolder("calculators");
        Path rules = rulesDir != null ? requireFolder(rulesDir) : bundledFolder("rules");
        Map<String, Calculator> byId = new LinkedHashMap<>();
        Map<Integer, String> byMedcalcId = new HashMap<>();
        for (Path file : calculatorFiles(calculators)) {
            CalculatorDefinition definition = CalculatorFileReader.read(display(file), read(file));
            Path drl = rules.resolve("calculators").resolve(definition.id() + ".drl");
            if (!Files.isRegularFile(drl)) {
                throw new CalculatorFileException(display(file), "no rules at " + display(drl));
            }
            Integer medcalcId = definition.medcalcId();
            if (medcalcId != null && byMedcalcId.putIfAbsent(medcalcId, definition.id()) != null) {
                throw new CalculatorFileException(display(file),
                        "/medcalc_id: " + medcalcId + " is also " + byMedcalcId.get(medcalcId));
            }
            byId.put(definition.id(), new Calculator(definition,
                    () -> RuleSet.compile(List.of(new RuleSource(display(drl), read(drl))))));
        }
        return new CalculatorCatalog(byId);
    }

    /** sorted by MedCalc-Bench ID, then by id */
    public List<Calculator> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing((Calculator c) -> c.definition().medcalcId(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.definition().id()))
                .toList();
    }

    /** by slug ({@code cockcroft-gault}) or MedCalc-Bench Calculator ID ({@code 2}) */
    public Optional<Calculator> find(String idOrNumber) {
        String key = idOrNumber.trim();
        if (key.matches("\\d{1,6}")) {
            int number = Integer.parseInt(key);
            return byId.values().stream().filter(c -> Integer.valueOf(number).equals(c.definition().medcalcId())).findFirst();
        }
        return Optional.ofNullable(byId.get(key.toLowerCase(java.util.Locale.ROOT)));
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

    /** a folder bundled on the class path: a plain folder when run from classes, a folder inside the jar otherwise */
    private static Path bundledFolder(String name) {
        URL url = CalculatorCatalog.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("no bundled /" + name + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return Path.of(uri);
            }
            return jarFileSystem(uri).provider().getPath(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
