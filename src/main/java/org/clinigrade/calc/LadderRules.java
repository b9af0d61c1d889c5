package org.clinigrade.calc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinigrade.engine.Drl;
import org.clinigrade.engine.DrlTemplate;
import org.clinigrade.units.Numbers;
import tools.jackson.databind.JsonNode;

/**
 * A calculator file's {@code ladders} as rules: each band or criterion one rule, filled into the bundled templates
 * of {@code rules/templates/points-ladder.drlt}, named and worded as the file says. What a schema cannot check is
 * checked here: the quantities, findings and options exist, the bands of a ladder neither leave a gap nor overlap,
 * a detail names only values the rule has.
 */
final class LadderRules {

    static final String TEMPLATE_FILE = "/rules/templates/points-ladder.drlt";

    /** parsed on first use, which a start with precompiled rules never makes */
    private static final class Templates {
        static final Map<String, DrlTemplate> ALL = DrlTemplate.parse(TEMPLATE_FILE, templateText());
    }

    private final String file;
    private final Map<String, InputSpec> inputs = new LinkedHashMap<>();

    private LadderRules(String file, CalculatorDefinition definition) {
        this.file = file;
        definition.inputs().forEach(input -> inputs.put(input.key(), input));
    }

    /** the imports the generated rules need */
    static Drl imports() {
        return Templates.ALL.get("imports").fill(Map.of());
    }

    /**
     * Each ladder's rules, by ladder name, in the file's order.
     *
     * @throws CalculatorFileException naming the file and the JSON pointer of the fault
     */
    static Map<String, Drl> of(String file, CalculatorDefinition definition) {
        LadderRules reader = new LadderRules(file, definition);
        Map<String, Drl> ladders = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> ladder : definition.file().path("ladders").properties()) {
            String at = "/ladders/" + ladder.getKey();
            JsonNode node = ladder.getValue();
            List<Drl> rules = node.has("quantity") ? reader.bands(at, node)
                    : node.has("choice") ? reader.options(at, node)
                    : node.has("findings") ? reader.findings(at, node)
                    : reader.thresholds(at, node);
            ladders.put(ladder.getKey(), Drl.concat(rules));
        }
        return ladders;
    }

    private List<Drl> bands(String at, JsonNode ladder) {
        String quantity = ladder.get("quantity").stringValue();
        if (!ladder.path("derived").asBoolean(false)) {
            require(at + "/quantity", quantity, InputSpec.Kind.QUANTITY);
        } else if (inputs.containsKey(quantity)) {
            throw fault(at + "/quantity", "'" + quantity + "' is an input, not a derived quantity");
        }
        Conditions common = conditions(at + "/when", ladder.path("when"));
        JsonNode doubling = ladder.path("doubled_when");
        if (!doubling.isMissingNode()) {
            require(at + "/doubled_when/finding", doubling.get("finding").stringValue(), InputSpec.Kind.FINDING);
        }
        List<Drl> rules = new ArrayList<>();
        List<LadderBand> bands = new ArrayList<>();
        JsonNode items = ladder.get("bands");
        for (int i = 0; i < items.size(); i++) {
            String bandAt = at + "/bands/" + i;
            JsonNode band = items.get(i);
            Conditions own = conditions(bandAt + "/when", band.path("when"));
            LadderBand range = LadderBand.of(bandAt, band, band.path("when").toString());
            if (range.isEmpty()) {
                throw fault(bandAt, range + " holds no value");
            }
            bands.add(range);
            Set<String> values = new HashSet<>(common.quantities);
            values.addAll(own.quantities);
            values.add(quantity);
            JsonNode detailText = band.has("detail") ? band.get("detail") : ladder.get("detail");
            List<Drl> detail = new ArrayList<>(detail(bandAt + "/detail", detailText.stringValue(), values));
            double points = band.get("points").doubleValue();
            Drl awarded = fill("points", Map.of("points", points));
            List<Drl> after = new ArrayList<>(common.after);
            after.addAll(own.after);
            if (!doubling.isMissingNode()) {
                after.add(fill("doubling-condition", Map.of("finding", doubling.get("finding").stringValue())));
                if (points != 0) {
                    awarded = fill("doubled-points", Map.of("points", points, "doubled", 2 * points));
                    detail.add(fill("doubled-text", Map.of("doubled", ", " + doubling.get("label").stringValue() + ": "
                            + Numbers.format(points) + " × 2 = " + Numbers.format(2 * points),
                            "plain", ", " + doubling.get("otherwise").stringValue())));
                }
            }
            List<Drl> before = new ArrayList<>(common.before);
            before.addAll(own.before);
            rules.add(fill("band", Map.of("rule", band.get("rule").stringValue(), "before", before,
                    "quantity", quantity, "quantity_binding", quantity, "bounds", range.bounds(this),
                    "after", after, "points", awarded, "detail", detail)));
        }
        LadderBand.checkCoverage(bands, this::fault);
        return rules;
    }

    private List<Drl> options(String at, JsonNode ladder) {
        String choice = ladder.get("choice").stringValue();
        InputSpec input = require(at + "/choice", choice, InputSpec.Kind.CHOICE);
        List<Drl> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode bands = ladder.get("bands");
        for (int i = 0; i < bands.size(); i++) {
            JsonNode band = bands.get(i);
            String option = band.get("option").stringValue();
            if (!input.options().containsKey(option)) {
                throw fault(at + "/bands/" + i + "/option", "'" + option + "' is not an option of " + choice
                        + " (" + String.join(", ", input.options().keySet()) + ")");
            }
            if (!seen.add(option)) {
                throw fault(at + "/bands/" + i + "/option", "'" + option + "' overlaps an earlier band");
            }
            rules.add(fill("option", Map.of("rule", band.get("rule").stringValue(), "choice", choice,
                    "option", option, "points", band.get("points").doubleValue(),
                    "detail", band.get("detail").stringValue())));
        }
        return rules;
    }

    private List<Drl> findings(String at, JsonNode ladder) {
        List<Drl> rules = new ArrayList<>();
        JsonNode findings = ladder.get("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode criterion = findings.get(i);
            String finding = criterion.get("finding").stringValue();
            require(at + "/findings/" + i + "/finding", finding, InputSpec.Kind.FINDING);
            rules.add(fill("finding", Map.of("rule", criterion.get("rule").stringValue(), "finding", finding,
                    "points", criterion.get("points").doubleValue(),
                    "present", criterion.path("present").asString("present"),
                    "absent", criterion.path("absent").asString("absent"))));
        }
        return rules;
    }

    private List<Drl> thresholds(String at, JsonNode ladder) {
        List<Drl> rules = new ArrayList<>();
        JsonNode thresholds = ladder.get("thresholds");
        for (int i = 0; i < thresholds.size(); i++) {
            String criterionAt = at + "/thresholds/" + i;
            JsonNode criterion = thresholds.get(i);
            String quantity = criterion.get("quantity").stringValue();
            require(criterionAt + "/quantity", quantity, InputSpec.Kind.QUANTITY);
            List<Drl> met = new ArrayList<>();
            for (JsonNode comparison : criterion.get("met")) {
                Map.Entry<String, JsonNode> bound = comparison.properties().iterator().next();
                met.add(fill("or-comparison", Map.of("quantity_binding", quantity,
                        "operator", LadderBand.operator(bound.getKey()), "limit", bound.getValue().doubleValue())));
            }
            rules.add(fill("threshold", Map.of("rule", criterion.get("rule").stringValue(), "quantity", quantity,
                    "quantity_binding", quantity, "met", met, "points", criterion.get("points").doubleValue(),
                    "detail", detail(criterionAt + "/detail", criterion.get("detail").stringValue(), Set.of(quantity)))));
            JsonNode notGiven = criterion.path("not_given");
            if (!notGiven.isMissingNode()) {
                rules.add(fill("not-given", Map.of("rule", notGiven.get("rule").stringValue(), "quantity", quantity,
                        "detail", notGiven.get("detail").stringValue())));
            }
        }
        return rules;
    }

    /** conditions of a ladder or band: patterns before the ladder's quantity, and after it */
    private record Conditions(List<Drl> before, List<Drl> after, Set<String> quantities) {
    }

    private Conditions conditions(String at, JsonNode when) {
        Conditions conditions = new Conditions(new ArrayList<>(), new ArrayList<>(), new HashSet<>());
        for (int i = 0; i < when.size(); i++) {
            JsonNode condition = when.get(i);
            String conditionAt = at + "/" + i;
            if (condition.has("choice")) {
                String choice = condition.get("choice").stringValue();
                String option = condition.get("is").stringValue();
                if (!require(conditionAt + "/choice", choice, InputSpec.Kind.CHOICE).options().containsKey(option)) {
                    throw fault(conditionAt + "/is", "'" + option + "' is not an option of " + choice);
                }
                conditions.before.add(fill("choice-condition", Map.of("choice", choice, "option", option)));
            } else if (condition.has("absent")) {
                String quantity = condition.get("absent").stringValue();
                require(conditionAt + "/absent", quantity, InputSpec.Kind.QUANTITY);
                conditions.before.add(fill("absent-condition", Map.of("quantity", quantity)));
            } else if (condition.has("quantity")) {
                String quantity = condition.get("quantity").stringValue();
                require(conditionAt + "/quantity", quantity, InputSpec.Kind.QUANTITY);
                conditions.before.add(fill("quantity-condition", Map.of("quantity", quantity,
                        "quantity_binding", quantity, "bounds", LadderBand.of(conditionAt, condition, "").bounds(this))));
                conditions.quantities.add(quantity);
            } else {
                boolean none = condition.has("none_of");
                JsonNode names = condition.get(none ? "none_of" : "any_of");
                List<String> findings = new ArrayList<>();
                for (int j = 0; j < names.size(); j++) {
                    findings.add(names.get(j).stringValue());
                    require(conditionAt + (none ? "/none_of/" : "/any_of/") + j, findings.get(j), InputSpec.Kind.FINDING);
                }
                conditions.after.add(fill(none ? "none-of-condition" : "any-of-condition", Map.of("findings", findings)));
            }
        }
        return conditions;
    }

    /** "age {age} years" as the parts of a string expression: the text, and the values it names */
    private List<Drl> detail(String at, String text, Set<String> values) {
        List<Drl> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = text.indexOf('}', i);
            if (open < 0 && close < 0) {
                parts.add(fill("text", Map.of("text", text.substring(i))));
                break;
            }
            if (open < 0 || close < open) {
                throw fault(at, "a '}' without its '{'");
            }
            int end = text.indexOf('}', open);
            String name = end < 0 ? "" : text.substring(open + 1, end);
            if (!values.contains(name)) {
                throw fault(at, "{" + name + "} is not the ladder's quantity or a condition's (" + String.join(", ",
                        values.stream().sorted().toList()) + ")");
            }
            if (open > i) {
                parts.add(fill("text", Map.of("text", text.substring(i, open))));
            }
            parts.add(fill("value", Map.of("quantity_binding", name)));
            i = end + 1;
        }
        return parts;
    }

    private InputSpec require(String at, String name, InputSpec.Kind kind) {
        InputSpec input = inputs.get(name);
        if (input == null || input.kind() != kind) {
            throw fault(at, "'" + name + "' is not " + (kind == InputSpec.Kind.QUANTITY ? "a numeric"
                    : kind == InputSpec.Kind.CHOICE ? "a category" : "a yes/no") + " input of this calculator"
                    + (kind == InputSpec.Kind.QUANTITY ? " (a quantity a rule derives needs \"derived\": true)" : ""));
        }
        return input;
    }

    Drl fill(String template, Map<String, ?> slots) {
        return Templates.ALL.get(template).fill(slots);
    }

    CalculatorFileException fault(String at, String problem) {
        return new CalculatorFileException(file, at + ": " + problem);
    }

    /** the template file's text */
    static String templateText() {
        return DrlTemplate.bundledText(TEMPLATE_FILE);
    }
}
