package org.clinigrade.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of rules several definitions use ({@code rules/shared/<name>.drl}): its imports, and the text of each rule by
 * its name and of each DRL function by {@code function <name>}, for {@link RuleAssembly} to place where a
 * definition's rules ask for it. A function carries arithmetic and wording that rules of different names share.
 */
record SharedRules(String path, List<String> imports, Map<String, String> rules) {

    /** @throws DefinitionFileException naming {@code path} and the line of a rule without its {@code end} */
    static SharedRules parse(RuleSource file) {
        String path = file.display();
        String text = file.text();
        List<String> imports = new ArrayList<>();
        Map<String, String> rules = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("import ")) {
                imports.add(lines[i]);
            } else if (lines[i].startsWith("rule \"") || lines[i].startsWith("function ")) {
                boolean isRule = lines[i].startsWith("rule ");
                String last = isRule ? "end" : "}";
                int start = i;
                while (i < lines.length && !lines[i].equals(last)) {
                    i++;
                }
                if (i == lines.length) {
                    throw new DefinitionFileException(path + ":" + (start + 1), (isRule ? "rule" : "function")
                            + " without '" + last + "' alone on a line");
                }
                String name = isRule ? lines[start].substring("rule \"".length(), lines[start].lastIndexOf('"'))
                        : "function " + functionName(lines[start]);
                if (rules.put(name, String.join("\n", List.of(lines).subList(start, i + 1))) != null) {
                    throw new DefinitionFileException(path + ":" + (start + 1), "'" + name + "' defined twice");
                }
            }
        }
        return new SharedRules(path, List.copyOf(imports), rules);
    }

    /** {@code function double wrennDifference(double rise, double fall) {} → wrennDifference */
    private static String functionName(String line) {
        String head = line.substring(0, Math.max(line.indexOf('('), 0)).strip();
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    /** the text of the rule (or {@code function <name>}) {@code name} */
    String rule(String at, String name) {
        String rule = rules.get(name);
        if (rule == null) {
            throw new DefinitionFileException(at, "no " + (name.startsWith("function ") ? "" : "rule ") + "'" + name
                    + "' in " + path);
        }
        return rule;
    }
}
