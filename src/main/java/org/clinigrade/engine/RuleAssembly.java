package org.clinigrade.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition's rules as one DRL text: its own rule file, with each marker line replaced by the rules it names.
 * {@code // @ladder <name>} places the rules a template made from the definition file's ladder {@code name};
 * {@code // @shared <file>: <rule name>} places that rule of {@code rules/shared/<file>.drl}, and
 * {@code // @shared <file>: function <name>} that DRL function. The rules fire in
 * the order they stand in the text (Drools' load order), so the markers keep each step where it stood.
 */
public final class RuleAssembly {

    private static final Pattern LADDER = Pattern.compile("// @ladder ([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
    private static final Pattern SHARED = Pattern.compile("// @shared ([a-z][a-z0-9]*(?:-[a-z0-9]+)*): (.+)");

    private RuleAssembly() {
    }

    /**
     * @param own     the definition's rule file
     * @param file    the definition file, for messages about its ladders and shared rules
     * @param shared  the shared rule files the definition file declares, read from {@code library}
     * @param ladders the definition file's ladders as rules a template made, by name
     * @param imports what the ladders' rules import
     * @return the assembled text, as trusted as {@code own} (the shared rules come from the same library, the ladders
     *         from a template)
     * @throws DefinitionFileException for a marker that names nothing, a ladder or shared rule placed twice, a
     *                                 ladder not placed, or a shared file declared and not used
     */
    public static RuleSource assemble(RuleSource own, String file, List<String> shared, RuleLibrary library,
                                      Map<String, Drl> ladders, Drl imports) {
        Map<String, SharedRules> sharedFiles = new LinkedHashMap<>();
        shared.forEach(name -> sharedFiles.put(name, SharedRules.parse(library.shared(name))));
        Set<String> placed = new HashSet<>();
        Set<String> usedFiles = new HashSet<>();
        Set<String> neededImports = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        String[] lines = own.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = own.display() + ":" + (i + 1);
            if (!line.strip().startsWith("// @")) {
                text.append(line).append(i < lines.length - 1 ? "\n" : "");
                continue;
            }
            Matcher ladder = LADDER.matcher(line.strip());
            Matcher rule = SHARED.matcher(line.strip());
            if (ladder.matches()) {
                String name = ladder.group(1);
                if (!ladders.containsKey(name)) {
                    throw new DefinitionFileException(at, "no ladder '" + name + "' in " + file);
                }
                if (!placed.add("ladder " + name)) {
                    throw new DefinitionFileException(at, "ladder '" + name + "' is placed twice");
                }
                text.append(ladders.get(name).text());
                imports.text().lines().forEach(neededImports::add);
            } else if (rule.matches()) {
                SharedRules rules = sharedFiles.get(rule.group(1));
                if (rules == null) {
                    throw new DefinitionFileException(at, "shared rules '" + rule.group(1) + "' are not in "
                            + file + "'s shared_rules");
                }
                if (!placed.add("rule " + rule.group(1) + ": " + rule.group(2))) {
                    throw new DefinitionFileException(at, (rule.group(2).startsWith("function ") ? "'" : "rule '")
                            + rule.group(2) + "' is placed twice");
                }
                text.append(rules.rule(at, rule.group(2))).append('\n');
                usedFiles.add(rule.group(1));
                neededImports.addAll(rules.imports());
            } else {
                throw new DefinitionFileException(at, "'" + line.strip() + "' is not '// @ladder <name>' or"
                        + " '// @shared <file>: <rule name>'");
            }
        }
        for (String name : ladders.keySet()) {
            if (!placed.contains("ladder " + name)) {
                throw new DefinitionFileException(file, "/ladders/" + name + ": not placed (no line '// @ladder "
                        + name + "' in " + own.display() + ")");
            }
        }
        for (String name : sharedFiles.keySet()) {
            if (!usedFiles.contains(name)) {
                throw new DefinitionFileException(file, "/shared_rules: '" + name + "' is declared but no line '// @shared "
                        + name + ": …' in " + own.display() + " uses it");
            }
        }
        return new RuleSource(own.name(), own.display(), withImports(text.toString(), neededImports), own.trust());
    }

    /** the imports not yet in {@code text}, added after its package line */
    private static String withImports(String text, Set<String> imports) {
        List<String> missing = new ArrayList<>();
        Set<String> present = new HashSet<>(text.lines().map(String::strip).toList());
        imports.stream().filter(line -> !present.contains(line.strip())).forEach(missing::add);
        if (missing.isEmpty()) {
            return text;
        }
        int packageEnd = text.indexOf('\n', text.indexOf("\npackage ") + 1);
        return text.substring(0, packageEnd + 1) + String.join("\n", missing) + "\n" + text.substring(packageEnd + 1);
    }
}
