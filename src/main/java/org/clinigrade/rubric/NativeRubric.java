package org.clinigrade.rubric;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.calc.JsonSchemas;
import org.clinigrade.engine.RuleSource;
import tools.jackson.databind.JsonNode;

/**
 * A native rubric file ({@code rubrics/<id>.json}) read into a {@link Rubric}: checked against
 * {@code rubrics/schema/rubric.schema.json}, then for what a schema cannot say (ids unique, points not 0, points or a
 * tier as the scheme wants, patterns RE2/J accepts). Every error names the file and the JSON Pointer of the field.
 */
final class NativeRubric {

    static final String SCHEMA_RESOURCE = "/rubrics/schema/rubric.schema.json";
    static final Map<Tier, Double> DEFAULT_WEIGHTS = Map.of(Tier.ESSENTIAL, 2.0, Tier.IMPORTANT, 1.0,
            Tier.HIGHLIGHT, 1.0, Tier.PITFALL, 2.0);
    private static final int DEFAULT_MAX_LEVEL = 2;

    private NativeRubric() {
    }

    /** compiled on first use: a run over HealthBench records never needs it */
    private static final class FileSchema {
        static final Schema SCHEMA = JsonSchemas.compileResource(NativeRubric.class, SCHEMA_RESOURCE);
    }

    /**
     * @param source      the file (and line) it came from, for messages
     * @param handWritten where its hand-written rules come from, if it has {@code rules} checks
     * @throws InvalidInputException naming {@code source} and the field at fault
     */
    static Rubric read(String source, JsonNode file, HandWrittenRules handWritten) {
        List<Error> errors = FileSchema.SCHEMA.validate(file);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            throw new InvalidInputException(source, JsonSchemas.location(first) + ": " + first.getMessage());
        }
        Scheme scheme = scheme(file.get("scheme"));
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode items = file.get("criteria");
        for (int i = 0; i < items.size(); i++) {
            Criterion criterion = criterion(source, "/criteria/" + i, i, items.get(i), scheme);
            if (!ids.add(criterion.id())) {
                throw new InvalidInputException(source, "/criteria/" + i + "/id: '" + criterion.id()
                        + "' is the id of an earlier criterion (ids must be unique)");
            }
            criteria.add(criterion);
        }
        String id = file.get("id").stringValue();
        RuleSource rules = criteria.stream().filter(c -> c.check() instanceof Check.Rules).findFirst()
                .map(c -> handWritten.find(id, "/criteria/" + c.index() + "/check")).orElse(null);
        Rubric rubric = new Rubric(id, file.get("title").stringValue(), file.path("description").asString(""),
                strings(file.path("references")), scheme, criteria, strings(file.path("tags")), source, rules);
        // its patterns compiled by RE2/J and its calculators found now, so a fault is named here, not mid-run
        RuleChecks.of(rubric);
        return rubric;
    }

    private static Scheme scheme(JsonNode scheme) {
        if (scheme.isString()) {
            return new Scheme.HealthBench();
        }
        Map<Tier, Double> weights = new EnumMap<>(DEFAULT_WEIGHTS);
        for (Map.Entry<String, JsonNode> weight : scheme.path("weights").properties()) {
            weights.put(Tier.valueOf(weight.getKey().toUpperCase(Locale.ROOT)), weight.getValue().doubleValue());
        }
        JsonNode truncation = scheme.get("truncation");
        JsonNode saturation = scheme.get("saturation");
        return new Scheme.Tiered(scheme.path("max_level").asInt(DEFAULT_MAX_LEVEL), weights,
                truncation == null ? null : new Scheme.Truncation(number(truncation, "essential_ratio_min"),
                        number(truncation, "pitfall_ratio_max")),
                saturation == null ? null : new Scheme.Saturation(number(saturation, "tag_cap"),
                        number(saturation, "essential_multiplier")));
    }

    private static Criterion criterion(String source, String at, int index, JsonNode item, Scheme scheme) {
        boolean tiered = scheme instanceof Scheme.Tiered;
        if (tiered && item.has("points")) {
            throw new InvalidInputException(source, at + "/points: the tiered scheme scores criteria by tier, not"
                    + " points (give \"tier\": essential, important, highlight or pitfall)");
        }
        if (!tiered && item.has("tier")) {
            throw new InvalidInputException(source, at + "/tier: the healthbench scheme scores criteria by points, not"
                    + " tier (give non-zero integer \"points\")");
        }
        String needed = tiered ? "tier" : "points";
        if (!item.has(needed)) {
            throw new InvalidInputException(source, at + "/" + needed + ": missing (the " + (tiered ? "tiered" : "healthbench")
                    + " scheme needs it on every criterion)");
        }
        Integer points = tiered ? null : item.get("points").intValue();
        if (points != null && points == 0) {
            throw new InvalidInputException(source, at + "/points: must not be 0 (positive for a behaviour wanted,"
                    + " negative for a harm)");
        }
        Tier tier = tiered ? Tier.valueOf(item.get("tier").stringValue().toUpperCase(Locale.ROOT)) : null;
        return new Criterion(item.get("id").stringValue(), index, item.get("text").stringValue(), points, tier,
                strings(item.get("tags")), item.path("red_line").asBoolean(false),
                check(source, at + "/check", item.get("check")));
    }

    private static Check check(String source, String at, JsonNode check) {
        if (check == null) {
            return new Check.Judge();
        }
        return switch (check.get("type").stringValue()) {
            case "mentions" -> new Check.Mentions(strings(check.get("phrases")));
            case "pattern" -> new Check.Pattern(check.get("regex").stringValue());
            case "calculator" -> new Check.CalculatorValue(check.get("calculator").stringValue());
            case "calculator_threshold" -> new Check.CalculatorThreshold(check.get("calculator").stringValue(),
                    check.get("operator").stringValue(), check.get("threshold").doubleValue(),
                    strings(check.get("phrases")));
            case "max_words" -> new Check.MaxWords(check.get("limit").intValue());
            case "rules" -> new Check.Rules(check.has("calculator") ? check.get("calculator").stringValue() : null,
                    check.has("phrases") ? strings(check.get("phrases")) : List.of());
            default -> new Check.Judge();
        };
    }

    private static Double number(JsonNode object, String name) {
        return object.has(name) ? object.get(name).doubleValue() : null;
    }

    static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : array) {
            strings.add(element.stringValue());
        }
        return strings;
    }
}
