package org.clinigrade.calc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import org.clinigrade.engine.PrecompiledRules;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RuleSource;

/**
 * The calculators: every {@code <id>.json} of a calculators folder, each with its rules in
 * {@code <rules>/calculators/<id>.drl}, into which go its ladders and the rules of {@code <rules>/shared/} it places
 * ({@link RuleAssembly}). Both folders default to the ones bundled in the jar; an author points either at a folder on
 * disk to change a calculator without rebuilding.
 */
public final class CalculatorCatalog {

    private final Map<String, Entry> byId;
    private final Map<Integer, Entry> byMedcalcId = new HashMap<>();

    /** A calculator file as parsed by the scan; checked, and its rules compiled, only when first used. */
    private static final class Entry {
        final String fileName;
        final String file;
        /** the calculator file's text, part of what its rules are made from */
        final String text;
        final JsonNode json;
        /** the rules folder, laid out like {@code rules/} */
        final Folder rules;
        final String drl;
        final boolean schemaChecked;
        final boolean bundledRules;
        final Integer medcalcId;
        private volatile Calculator calculator;

        /**
         * @param file          the calculator file as {@link Folder#display} shows it
         * @param schemaChecked the file is known to pass the file schema
         * @param rules         the rules folder, holding {@code calculators/<drl>} and {@code shared/}
         */
        Entry(String fileName, String file, String text, boolean schemaChecked, Folder rules, String drl,
              boolean bundledRules) {
            this.fileName = fileName;
            this.file = file;
            this.text = text;
            this.json = CalculatorFileReader.parse(file, text);
            this.schemaChecked = schemaChecked;
            this.rules = rules;
            this.drl = drl;
            this.bundledRules = bundledRules;
            JsonNode id = json.path("medcalc_id");
            this.medcalcId = id.isIntegralNumber() ? id.intValue() : null;
        }

        /** read once; unsynchronised afterwards, since grading threads look a calculator up for every record */
        Calculator calculator() {
            Calculator read = calculator;
            if (read != null) {
                return read;
            }
            synchronized (this) {
                if (calculator == null) {
                    CalculatorDefinition definition = CalculatorFileReader.read(file, json, schemaChecked);
                    calculator = new Calculator(definition, () -> rules(definition));
                }
                return calculator;
            }
        }

        /**
         * bundled rules as compiled at build time if made from these very files (checked without assembling them);
         * otherwise assembled and compiled now
         */
        private RuleSet rules(CalculatorDefinition definition) {
            Optional<RuleSet> precompiled = bundledRules
                    ? PrecompiledRules.find(precompiledKey(drl), madeFrom(this, definition)) : Optional.empty();
            return precompiled.orElseGet(() -> RuleSet.compile(List.of(ruleSource(this, definition))));
        }
    }

    /**
     * A calculator's rules as one DRL text: its own rules file with its ladders and the shared rules it places. This
     * and {@link #madeFrom} are the one place that pairs a calculator file with its rules.
     */
    private static RuleSource ruleSource(Entry entry, CalculatorDefinition definition) {
        Folder calculators = entry.rules.folder("calculators");
        RuleSource own = new RuleSource(calculators.display(entry.drl), read(calculators, entry.drl));
        Folder sharedFolder = entry.rules.folder("shared");
        return RuleAssembly.assemble(own, entry.file, sharedRules(definition),
                name -> SharedRules.parse(sharedFolder.display(name + ".drl"), read(sharedFolder, name + ".drl")),
                LadderRules.of(entry.file, definition), LadderRules.imports());
    }

    /** every text a calculator's rules are made from, in order: its file, its DRL, its shared files, the template */
    private static String madeFrom(Entry entry, CalculatorDefinition definition) {
        List<String> texts = new ArrayList<>(List.of(entry.text, read(entry.rules.folder("calculators"), entry.drl)));
        sharedRules(definition).forEach(name -> texts.add(read(entry.rules.folder("shared"), name + ".drl")));
        texts.add(LadderRules.templateText());
        return String.join("\n\u0000\n", texts);
    }

    private static List<String> sharedRules(CalculatorDefinition definition) {
        List<String> shared = new ArrayList<>();
        definition.file().path("shared_rules").forEach(name -> shared.add(name.stringValue()));
        return shared;
    }

    /** Build step: every calculator's rules, assembled and compiled into {@code target}. */
    void precompile(Path target) throws IOException {
        for (Entry entry : byId.values()) {
            CalculatorDefinition definition = entry.calculator().definition();
            PrecompiledRules.write(target, precompiledKey(entry.drl), madeFrom(entry, definition),
                    ruleSource(entry, definition));
        }
    }

    /** whether every calculator's rules are precompiled, from the files they are made from now */
    boolean allPrecompiled() {
        return byId.values().stream().allMatch(e ->
                PrecompiledRules.find(precompiledKey(e.drl), madeFrom(e, e.calculator().definition())).isPresent());
    }

    /** a calculator's rules as one DRL text */
    RuleSource ruleSource(String id) {
        Entry entry = byId.get(id);
        return ruleSource(entry, entry.calculator().definition());
    }

    private static String precompiledKey(String drl) {
        return "calculators/" + drl;
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
     * Finds the calculator files and their rules. A file is parsed now (for its MedCalc-Bench ID) and checked in
     * full when its calculator is first used ({@link #find}, {@link #all}), so one calculation pays only for its
     * own calculator.
     *
     * @param calculatorsDir a folder of calculator files, or null for the bundled ones
     * @param rulesDir       a folder laid out like {@code rules/}, or null for the bundled rules
     * @throws CalculatorFileException for a file that is not JSON or has no rules, or a MedCalc-Bench ID used twice
     */
    public static CalculatorCatalog load(Path calculatorsDir, Path rulesDir) {
        Folder calculators = calculatorsDir != null ? requireFolder(calculatorsDir)
                : Folder.bundled("calculators").orElseThrow(() -> new IllegalStateException("no bundled calculators"));
        Folder rules = rulesDir != null ? requireFolder(rulesDir)
                : Folder.bundled("rules").orElseThrow(() -> new IllegalStateException("no bundled rules"));
        SchemaCheckedFiles checked = calculatorsDir == null ? SchemaCheckedFiles.bundled() : SchemaCheckedFiles.NONE;
        Map<String, Entry> byId = new LinkedHashMap<>();
        Map<Integer, String> byMedcalcId = new HashMap<>();
        for (String fileName : calculatorFiles(calculators)) {
            String id = fileName.replaceFirst("\\.json$", "");
            String file = calculators.display(fileName);
            String drl = id + ".drl";
            if (!rules.folder("calculators").isFile(drl)) {
                throw new CalculatorFileException(file, "no rules at " + rules.folder("calculators").display(drl));
            }
            String text = read(calculators, fileName);
            Entry entry = new Entry(fileName, file, text, checked.contains(fileName, text), rules, drl,
                    rulesDir == null);
            if (entry.medcalcId != null && byMedcalcId.putIfAbsent(entry.medcalcId, id) != null) {
                throw new CalculatorFileException(file,
                        "/medcalc_id: " + entry.medcalcId + " is also " + byMedcalcId.get(entry.medcalcId));
            }
            byId.put(id, entry);
        }
        return new CalculatorCatalog(byId);
    }

    /** every calculator, each file checked; sorted by MedCalc-Bench ID, then by id */
    public List<Calculator> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing((Entry e) -> e.medcalcId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.fileName))
                .map(Entry::calculator)
                .toList();
    }

    /** by slug ({@code cockcroft-gault}) or MedCalc-Bench Calculator ID ({@code 2}) */
    public Optional<Calculator> find(String idOrNumber) {
        String key = idOrNumber.trim();
        Entry entry = isMedcalcId(key) ? byMedcalcId.get(Integer.parseInt(key))
                : byId.get(key.toLowerCase(Locale.ROOT));
        return entry == null ? Optional.empty() : Optional.of(entry.calculator());
    }

    /** one to six digits; a plain loop, since grading looks a calculator up for every record */
    private static boolean isMedcalcId(String key) {
        if (key.isEmpty() || key.length() > 6) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    private static List<String> calculatorFiles(Folder folder) {
        try {
            return folder.files(".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Folder requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CalculatorFileException(folder.toString(), "not a folder");
        }
        return Folder.of(folder);
    }

    private static String read(Folder folder, String name) {
        try {
            return folder.read(name);
        } catch (IOException e) {
            throw new CalculatorFileException(folder.display(name), "cannot be read: " + e.getMessage());
        }
    }
}
