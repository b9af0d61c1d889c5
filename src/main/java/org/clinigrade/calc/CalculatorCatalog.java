package org.clinigrade.calc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.clinigrade.engine.DefinitionFolder;
import org.clinigrade.engine.PrecompiledRules;
import org.clinigrade.engine.RuleAssembly;
import org.clinigrade.engine.RuleLibrary;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RuleSource;
import org.clinigrade.engine.Trust;
import tools.jackson.databind.JsonNode;

/**
 * The calculators: every {@code <id>.json} of a calculators folder, each with its rules in {@code calculators/<id>.drl}
 * of a rules folder, into which go its ladders and the rules of {@code shared/} it places ({@link RuleAssembly}). Both
 * default to the ones bundled in the jar; an author points either at a folder on disk to change a calculator without
 * rebuilding (calculator files are data, safe from anywhere; a rules folder runs code, so it is one the user trusts).
 */
public final class CalculatorCatalog {

    /** the folder of calculator files, and of their rules in a rules folder */
    static final String KIND = "calculators";

    private final Map<String, Entry> byId;
    private final Map<Integer, Entry> byMedcalcId = new HashMap<>();

    /** A calculator file as parsed by the scan; checked, and its rules compiled, only when first used. */
    private static final class Entry {
        final String fileName;
        final String id;
        final String file;
        /** the calculator file's text, part of what its rules are made from */
        final String text;
        final JsonNode json;
        final RuleLibrary rules;
        final boolean schemaChecked;
        final Integer medcalcId;
        private volatile Calculator calculator;

        /**
         * @param file          the calculator file as {@link DefinitionFolder#display} shows it
         * @param schemaChecked the file is known to pass the file schema
         * @param rules         where its rules file and the shared rules are
         */
        Entry(String fileName, String id, String file, String text, boolean schemaChecked, RuleLibrary rules) {
            this.fileName = fileName;
            this.id = id;
            this.file = file;
            this.text = text;
            this.json = CalculatorFileReader.parse(file, text);
            this.schemaChecked = schemaChecked;
            this.rules = rules;
            JsonNode medcalc = json.path("medcalc_id");
            this.medcalcId = medcalc.isIntegralNumber() ? medcalc.intValue() : null;
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
            Optional<RuleSet> precompiled = rules.trust() == Trust.BUNDLED
                    ? PrecompiledRules.find(precompiledKey(id), madeFrom(this, definition)) : Optional.empty();
            return precompiled.orElseGet(() -> RuleSet.compile(List.of(ruleSource(this, definition))));
        }
    }

    /**
     * A calculator's rules as one DRL text: its own rules file with its ladders and the shared rules it places. This
     * and {@link #madeFrom} are the one place that pairs a calculator file with its rules.
     */
    private static RuleSource ruleSource(Entry entry, CalculatorDefinition definition) {
        return RuleAssembly.assemble(entry.rules.definition(KIND, entry.id), entry.file, sharedRules(definition),
                entry.rules, LadderRules.of(entry.file, definition), LadderRules.imports());
    }

    /** every text a calculator's rules are made from, in order: its file, its DRL, its shared files, the template */
    private static String madeFrom(Entry entry, CalculatorDefinition definition) {
        List<String> texts = new ArrayList<>(List.of(entry.text, entry.rules.definition(KIND, entry.id).text()));
        sharedRules(definition).forEach(name -> texts.add(entry.rules.shared(name).text()));
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
            PrecompiledRules.write(target, precompiledKey(entry.id), madeFrom(entry, definition),
                    ruleSource(entry, definition));
        }
    }

    /** whether every calculator's rules are precompiled, from the files they are made from now */
    boolean allPrecompiled() {
        return byId.values().stream().allMatch(e ->
                PrecompiledRules.find(precompiledKey(e.id), madeFrom(e, e.calculator().definition())).isPresent());
    }

    /** a calculator's rules as one DRL text */
    RuleSource ruleSource(String id) {
        Entry entry = byId.get(id);
        return ruleSource(entry, entry.calculator().definition());
    }

    private static String precompiledKey(String id) {
        return KIND + "/" + id + ".drl";
    }

    private CalculatorCatalog(Map<String, Entry> byId) {
        this.byId = byId;
        byId.values().stream().filter(e -> e.medcalcId != null).forEach(e -> byMedcalcId.put(e.medcalcId, e));
    }

    /** the calculators and rules bundled with clinigrade */
    public static CalculatorCatalog bundled() {
        return load(null, RuleLibrary.bundled());
    }

    /**
     * Finds the calculator files and their rules. A file is parsed now (for its MedCalc-Bench ID) and checked in
     * full when its calculator is first used ({@link #find}, {@link #all}), so one calculation pays only for its
     * own calculator.
     *
     * @param calculatorsDir a folder of calculator files, or null for the bundled ones
     * @param rules          the bundled rules, or a folder the user trusts
     * @throws CalculatorFileException for a file that is not JSON or has no rules, or a MedCalc-Bench ID used twice
     */
    public static CalculatorCatalog load(Path calculatorsDir, RuleLibrary rules) {
        DefinitionFolder calculators = calculatorsDir != null ? DefinitionFolder.of(calculatorsDir)
                : DefinitionFolder.bundled(KIND);
        SchemaCheckedFiles checked = calculators.isBundled() ? SchemaCheckedFiles.bundled() : SchemaCheckedFiles.NONE;
        Map<String, Entry> byId = new LinkedHashMap<>();
        Map<Integer, String> byMedcalcId = new HashMap<>();
        for (String fileName : calculators.fileNames()) {
            String id = DefinitionFolder.id(fileName);
            String file = calculators.display(fileName);
            if (!rules.has(KIND, id)) {
                throw new CalculatorFileException(file, "no rules at " + rules.display(KIND, id));
            }
            String text = calculators.read(fileName);
            Entry entry = new Entry(fileName, id, file, text, checked.contains(fileName, text), rules);
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
                "'" + idOrNumber + "' is not a calculator id or MedCalc-Bench ID (" + didYouMean(idOrNumber)
                        + whereToLook + ")"));
    }

    /** {@code "did you mean cockcroft-gault? "} for an id a few letters off a calculator's, or part of one; else "" */
    public String didYouMean(String idOrNumber) {
        List<String> near = nearest(idOrNumber);
        return near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "? ";
    }

    /**
     * At most three ids a few edits (a third of the text's length, at least 1) from {@code text}, from one of their
     * hyphenated words or from their start, closest first: "cockroft" finds cockcroft-gault.
     */
    List<String> nearest(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (key.length() < 3) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(1, key.length() / 3));
        Map<String, Integer> close = new HashMap<>();
        for (String id : byId.keySet()) {
            List<String> candidates = new ArrayList<>(List.of(id.split("-")));
            candidates.add(id);
            candidates.add(id.substring(0, Math.min(id.length(), key.length())));
            candidates.stream().mapToInt(candidate -> distance.apply(key, candidate)).filter(d -> d >= 0).min()
                    .ifPresent(d -> close.put(id, d));
        }
        return close.keySet().stream()
                .sorted(Comparator.comparing((String id) -> close.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
    }
}
