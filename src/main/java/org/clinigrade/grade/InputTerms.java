package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.InputSpec;

/**
 * How a calculator's inputs are named: the words by which reasoning text mentions each input (from its key,
 * title and MedCalc-Bench entity names), and which entity names mean which input.
 */
final class InputTerms {

    private final Map<String, List<String>> termsByKey = new HashMap<>();
    private final Map<String, String> keyByName = new HashMap<>();

    InputTerms(CalculatorDefinition definition) {
        for (InputSpec spec : definition.inputs()) {
            termsByKey.put(spec.key(), terms(spec));
            keyByName.put(spec.key().toLowerCase(Locale.ROOT), spec.key());
            spec.entities().forEach(name -> keyByName.put(name.toLowerCase(Locale.ROOT), spec.key()));
        }
    }

    List<String> terms(String key) {
        return termsByKey.getOrDefault(key, List.of());
    }

    /** the input an entity name means (canonical key or MedCalc-Bench name, any case); null if none */
    String keyOf(String entityName) {
        return keyByName.get(entityName.toLowerCase(Locale.ROOT));
    }

    private static List<String> terms(InputSpec spec) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(spec.key());
        terms.add(spec.key().replace('_', ' '));
        terms.add(spec.title());
        terms.addAll(spec.entities());
        List<String> cleaned = new ArrayList<>();
        for (String term : terms) {
            String plain = term.toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*", "")
                    .replaceAll("\\s+(history|criteria.*|score)$", "").replaceFirst("^(prior|history of)\\s+", "").strip();
            if (plain.length() >= 3 && !cleaned.contains(plain)) {
                cleaned.add(plain);
            }
        }
        return List.copyOf(cleaned);
    }
}
