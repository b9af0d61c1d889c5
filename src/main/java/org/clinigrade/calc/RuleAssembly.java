package org.clinigrade.calc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.engine.Drl;
import org.clinigrade.engine.RuleSource;

/**
 * A calculator's rules as one DRL text: its own file, with each marker line replaced by the rules it names.
 * {@code // @ladder <name>} places the rules of the calculator file's ladder {@code name};
 * {@code // @shared <file>: <rule name>} places that rule of {@code rules/shared/<file>.drl}. The rules fire in
 * the order they stand in the text (Drools' load order), so the markers keep each step where it stood.
 */
final class RuleAssembly {

    private static final Pattern LADDER = Pattern.compile("// @ladder ([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
    private static final Pattern SHARED = Pattern.compile("// @shared ([a-z][a-z0-9]*(?:-[a-z0-9]+)*): (.+)");

    private RuleAssembly() {
    }

    /**
     * @param own     the calculator's DRL
     * @param file    the calculator file, for messages about its ladders and shared rules
     * @param shared  the shared rule files the calculator file declares, each read by name
     * @param ladders the calculator file's ladders as rules, by name
     * @param imports what the ladders' rules import
     * @throws CalculatorFileException for a marker that names nothing, a ladder or shared rule placed twice, a
     *                                 ladder not placed, or a shared file declared and not used
     */
    static RuleSource assemble(RuleSource own, String file, List<String> shared, Function<String, SharedRules> readShared,
                               Map<String, Drl> ladders, Drl imports) {
        Map<String, SharedRules> sharedFiles = new LinkedHashMap<>();
        shared.forEach(name -> sharedFiles.put(name, readShared.apply(name)));
        Set<String> placed = new HashSet<>();
        Set<String> usedFiles = new HashSet<>();
        Set<String> neededImports = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        String[] lines = own.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = own.path() + ":" + (i + 1);
            if (!line.strip().startsWith("// @")) {
                text.append(line).append(i < lines.length - 1 ? "\n" : "");
                continue;
            }
            Matcher ladder = LADDER.matcher(line.strip());
            Matcher rule = SHARED.matcher(line.strip());
            if (ladder.matches()) {
                String name = ladder.group(1);
                if (!ladders.containsKey(name)) {
                    throw new CalculatorFileException(at, "no ladder '" + name + "' in " + file);
                }
                if (!placed.add("ladder " + name)) {
                    throw new CalculatorFileException(at, "ladder '" + name + "' is placed twice");
                }
                text.append(ladders.get(name).text());
                imports.text().lines().forEach(neededImports::add);
            } else if (rule.matches()) {
                SharedRules rules = sharedFiles.get(rule.group(1));
                if (rules == null) {
                    throw new CalculatorFileException(at, "shared rules '" + rule.group(1) + "' are not in "
                            + file + "'s shared_rules");
                }
                if (!placed.add("rule " + rule.group(1) + ": " + rule.group(2))) {
                    throw new CalculatorFileException(at, "rule '" + rule.group(2) + "' is placed twice");
                }
                text.append(rules.rule(at, rule.group(2))).append('\n');
                usedFiles.add(rule.group(1));
                neededImports.addAll(rules.imports());
            } else {
                throw new CalculatorFileException(at, "'" + line.strip() + "' is not '// @ladder <name>' or"
                        + " '// @shared <file>: <rule name>'");
            }
        }
        for (String name : ladders.keySet()) {
            if (!placed.contains("ladder " + name)) {
                throw new CalculatorFileException(file, "/ladders/" + name + ": not placed (no line '// @ladder "
                        + name + "' in " + own.path() + ")");
            }
        }
        for (String name : sharedFiles.keySet()) {
            if (!usedFiles.contains(name)) {
                throw new CalculatorFileException(file, "/shared_rules: '" + name + "' is declared but no line '// @shared "
                        + name + ": …' in " + own.path() + " uses it");
            }
        }
        return new RuleSource(own.path(), withImports(text.toString(), neededImports));
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
