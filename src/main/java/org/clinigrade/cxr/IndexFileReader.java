package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinigrade.engine.DefinitionFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an index definition file, naming the file and field of anything it cannot use. */
final class IndexFileReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> GROUPS = Set.of("perception", "measurement");

    private IndexFileReader() {
    }

    /** @throws DefinitionFileException naming {@code file} and the field at fault */
    static IndexDefinition read(String file, String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new DefinitionFileException(file, "not JSON: " + e.getOriginalMessage());
        }
        Fields fields = new Fields(file, json);
        String group = fields.text("group");
        if (!GROUPS.contains(group)) {
            throw fields.fault("group", "'" + group + "' is not perception or measurement");
        }
        JsonNode tolerance = json.path("tolerance");
        Fields answers = fields.in("answers", fields.object("answers"));
        return new IndexDefinition(fields.text("id"), fields.text("title"), group, fields.text("question"),
                answers.text("yes"), answers.text("no"), fields.text("description"), fields.texts("keywords"), inputs(fields),
                measure(fields), thresholds(fields), tolerance.isNumber() ? tolerance.doubleValue() : null,
                json.path("value_rule").isString() ? json.path("value_rule").stringValue() : null, checked(fields),
                fields.texts("shared_rules"), fields.texts("conventions"), sources(fields), json);
    }

    private static List<IndexInput> inputs(Fields fields) {
        List<IndexInput> inputs = new ArrayList<>();
        for (JsonNode input : fields.array("inputs")) {
            Fields in = fields.in("inputs/" + inputs.size(), input);
            String type = in.text("type");
            IndexInput.Type kind;
            try {
                kind = IndexInput.Type.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw in.fault("type", "'" + type + "' is not number, point, view or labels");
            }
            JsonNode minimum = input.path("minimum");
            inputs.add(new IndexInput(in.text("column"), in.text("title"), kind,
                    minimum.isNumber() ? minimum.doubleValue() : null, input.path("integer").asBoolean(false),
                    input.has("values") ? in.texts("values") : List.of()));
        }
        return List.copyOf(inputs);
    }

    private static IndexDefinition.Measure measure(Fields fields) {
        JsonNode measure = fields.json().path("index");
        if (measure.isMissingNode() || measure.isNull()) {
            return null;
        }
        Fields in = fields.in("index", measure);
        return new IndexDefinition.Measure(in.text("name"), in.integer("decimals"), measure.path("unit").asString(""));
    }

    private static Map<String, Double> thresholds(Fields fields) {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (var entry : fields.object("thresholds").properties()) {
            if (!entry.getValue().isNumber()) {
                throw fields.fault("thresholds/" + entry.getKey(), "expected a number");
            }
            thresholds.put(entry.getKey(), entry.getValue().doubleValue());
        }
        return thresholds;
    }

    private static List<IndexDefinition.CheckedColumn> checked(Fields fields) {
        List<IndexDefinition.CheckedColumn> checked = new ArrayList<>();
        for (JsonNode column : fields.array("checked_columns")) {
            Fields in = fields.in("checked_columns/" + checked.size(), column);
            checked.add(new IndexDefinition.CheckedColumn(in.text("column"), in.text("rule")));
        }
        return List.copyOf(checked);
    }

    private static List<IndexDefinition.Source> sources(Fields fields) {
        List<IndexDefinition.Source> sources = new ArrayList<>();
        for (JsonNode source : fields.array("sources")) {
            Fields in = fields.in("sources/" + sources.size(), source);
            sources.add(new IndexDefinition.Source(in.text("citation"), source.path("url").asString(null)));
        }
        if (sources.isEmpty()) {
            throw fields.fault("sources", "expected at least one source");
        }
        return List.copyOf(sources);
    }

    /** the fields of one object of the file, read with messages that name the file and the field's path */
    private record Fields(String file, String path, JsonNode json) {

        Fields(String file, JsonNode json) {
            this(file, "", json);
        }

        Fields in(String field, JsonNode node) {
            return new Fields(file, path + "/" + field, node);
        }

        DefinitionFileException fault(String field, String problem) {
            return new DefinitionFileException(file, path + "/" + field + ": " + problem);
        }

        String text(String field) {
            JsonNode node = json.path(field);
            if (!node.isString() || node.stringValue().isBlank()) {
                throw fault(field, "expected text");
            }
            return node.stringValue();
        }

        int integer(String field) {
            JsonNode node = json.path(field);
            if (!node.isIntegralNumber() || node.intValue() < 0) {
                throw fault(field, "expected a whole number of 0 or more");
            }
            return node.intValue();
        }

        JsonNode array(String field) {
            JsonNode node = json.path(field);
            if (node.isMissingNode()) {
                return JSON.createArrayNode();
            }
            if (!node.isArray()) {
                throw fault(field, "expected an array");
            }
            return node;
        }

        JsonNode object(String field) {
            JsonNode node = json.path(field);
            if (!node.isObject()) {
                throw fault(field, "expected an object");
            }
            return node;
        }

        List<String> texts(String field) {
            List<String> texts = new ArrayList<>();
            for (JsonNode item : array(field)) {
                if (!item.isString()) {
                    throw fault(field + "/" + texts.size(), "expected text");
                }
                texts.add(item.stringValue());
            }
            return List.copyOf(texts);
        }
    }
}
