package org.clinigrade.cxr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinigrade.engine.DefinitionFileException;
import org.clinigrade.engine.DefinitionFolder;
import org.clinigrade.engine.Drl;
import org.clinigrade.engine.PrecompiledRules;
import org.clinigrade.engine.RuleAssembly;
import org.clinigrade.engine.RuleLibrary;
import org.clinigrade.engine.RuleSet;
import org.clinigrade.engine.RuleSource;
import org.clinigrade.engine.Trust;

/**
 * The chest X-ray indices: every {@code <task>.json} of an indices folder, each with its rules in
 * {@code indices/<task>.drl} of a rules folder, into which go the rules of {@code shared/} it places. Definition
 * files are read when the catalog loads; rules are compiled (or found precompiled) when an index is first evaluated.
 */
public final class IndexCatalog {

    /** the folder of index definitions, and of their rules in a rules folder */
    static final String KIND = "indices";

    private final Map<String, CxrIndex> byId;
    private final List<Entry> entries;

    /** an index's definition with the texts its rules are made from */
    private record Entry(IndexDefinition definition, String file, String text, RuleLibrary rules) {
    }

    private IndexCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.put(entry.definition().id(), new CxrIndex(entry.definition(), () -> compiled(entry))));
    }

    /** the indices and rules bundled with clinigrade */
    public static IndexCatalog bundled() {
        return load(null, RuleLibrary.bundled());
    }

    /**
     * @param indicesDir a folder of index definitions, or null for the bundled ones
     * @param rules      the bundled rules, or a folder the user trusts
     * @throws org.clinigrade.engine.DefinitionFileException for a definition file that cannot be used
     */
    public static IndexCatalog load(Path indicesDir, RuleLibrary rules) {
        DefinitionFolder folder = indicesDir != null ? DefinitionFolder.of(indicesDir) : DefinitionFolder.bundled(KIND);
        List<Entry> entries = new ArrayList<>();
        for (String fileName : folder.fileNames()) {
            String file = folder.display(fileName);
            String text = folder.read(fileName);
            IndexDefinition definition = IndexFileReader.read(file, text);
            if (!definition.id().equals(DefinitionFolder.id(fileName))) {
                throw new DefinitionFileException(file, "/id: '" + definition.id()
                        + "' is not the file's name");
            }
            entries.add(new Entry(definition, file, text, rules));
        }
        return new IndexCatalog(entries);
    }

    /** every index, in the order of its file name */
    public List<CxrIndex> all() {
        return List.copyOf(byId.values());
    }

    /** by task name ({@code cardiomegaly}) */
    public Optional<CxrIndex> find(String task) {
        return Optional.ofNullable(byId.get(task.trim().toLowerCase(Locale.ROOT)));
    }

    /** bundled rules as compiled at build time if made from these very files; otherwise assembled and compiled now */
    private static RuleSet compiled(Entry entry) {
        Optional<RuleSet> precompiled = entry.rules().trust() == Trust.BUNDLED
                ? PrecompiledRules.find(precompiledKey(entry), madeFrom(entry)) : Optional.empty();
        return precompiled.orElseGet(() -> RuleSet.compile(List.of(ruleSource(entry))));
    }

    /** an index's rules as one DRL text: its own rules file with the shared rules it places */
    private static RuleSource ruleSource(Entry entry) {
        IndexDefinition definition = entry.definition();
        return RuleAssembly.assemble(entry.rules().definition(KIND, definition.id()), entry.file(),
                definition.sharedRules(), entry.rules(), Map.of(), Drl.concat(List.of()));
    }

    /** every text an index's rules are made from, in order: its file, its DRL, its shared files */
    private static String madeFrom(Entry entry) {
        IndexDefinition definition = entry.definition();
        List<String> texts = new ArrayList<>(List.of(entry.text(), entry.rules().definition(KIND, definition.id()).text()));
        definition.sharedRules().forEach(name -> texts.add(entry.rules().shared(name).text()));
        return String.join("\n\u0000\n", texts);
    }

    private static String precompiledKey(Entry entry) {
        return KIND + "/" + entry.definition().id() + ".drl";
    }

    /** Build step: every index's rules, assembled and compiled into {@code target}. */
    void precompile(Path target) throws IOException {
        for (Entry entry : entries) {
            PrecompiledRules.write(target, precompiledKey(entry), madeFrom(entry), ruleSource(entry));
        }
    }

    /** whether every index's rules are precompiled, from the files they are made from now */
    boolean allPrecompiled() {
        return entries.stream().allMatch(e -> PrecompiledRules.find(precompiledKey(e), madeFrom(e)).isPresent());
    }
}
