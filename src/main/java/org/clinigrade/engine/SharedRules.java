package org.clinigrade.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of rules several definitions use ({@code rules/shared/<name>.drl}): its imports, and each rule's text by
 * name, for {@link RuleAssembly} to place where a definition's rules ask for it.
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
            } else if (lines[i].startsWith("rule \"")) {
                int start = i;
                while (i < lines.length && !lines[i].equals("end")) {
                    i++;
                }
                if (i == lines.length) {
                    throw new DefinitionFileException(path + ":" + (start + 1), "rule without 'end'");
                }
                String name = lines[start].substring("rule \"".length(), lines[start].lastIndexOf('"'));
                if (rules.put(name, String.join("\n", List.of(lines).subList(start, i + 1))) != null) {
                    throw new DefinitionFileException(path + ":" + (start + 1), "rule '" + name + "' defined twice");
                }
            }
        }
        return new SharedRules(path, List.copyOf(imports), rules);
    }

    /** the text of the rule {@code name} */
    String rule(String at, String name) {
        String rule = rules.get(name);
        if (rule == null) {
            throw new DefinitionFileException(at, "no rule '" + name + "' in " + path);
        }
        return rule;
    }
}
