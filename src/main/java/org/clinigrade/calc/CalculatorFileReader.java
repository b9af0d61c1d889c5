package org.clinigrade.calc;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinigrade.units.Dimension;
import org.clinigrade.units.JsonSyntax;
import org.clinigrade.units.QuantityReader;
import org.clinigrade.units.Substance;
import org.clinigrade.units.Unit;
import org.clinigrade.units.UnitException;
import org.clinigrade.units.UnitTable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a calculator file and checks it: first against {@code calculator-file.schema.json} (unless
 * {@link SchemaCheckedFiles} vouches for it), then what a schema cannot say (units that exist, substances in the
 * table, required inputs that are defined).
 */
final class CalculatorFileReader {

    static final String SCHEMA_RESOURCE = "calculator-file.schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CalculatorFileReader() {
    }

    /** compiled on first use, which a start with only schema-checked files never makes */
    private static final class FileSchema {
        static final Schema SCHEMA = JsonSchemas.compileResource(CalculatorFileReader.class, SCHEMA_RESOURCE);
    }

    /** @throws CalculatorFileException naming {@code fileName}, if the text is not JSON */
    static JsonNode parse(String fileName, String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new CalculatorFileException(fileName, "not valid JSON" + JsonSyntax.where(e) + ": " + JsonSyntax.problem(e));
        }
    }

    static boolean passesSchema(JsonNode file) {
        return FileSchema.SCHEMA.validate(file).isEmpty();
    }

    /**
     * @param file          a calculator file as {@link #parse} read it
     * @param schemaChecked the file is known to pass the schema, so it is not checked against it again
     * @throws CalculatorFileException naming {@code fileName} and the field at fault
     */
    static CalculatorDefinition read(String fileName, JsonNode file, boolean schemaChecked) {
        if (!schemaChecked) {
            List<Error> errors = FileSchema.SCHEMA.validate(file);
            if (!errors.isEmpty()) {
                Error first = errors.get(0);
                throw new CalculatorFileException(fileName, JsonSchemas.location(first) + ": " + first.getMessage());
            }
        }
        try {
            return definition(fileName, file);
        } catch (UnitException e) {
            throw new CalculatorFileException(fileName, e.getMessage());
        }
    }

    private static CalculatorDefinition definition(String fileName, JsonNode file) {
        String id = file.get("id").stringValue();
        if (!fileName.endsWith(id + ".json")) {
            throw new CalculatorFileException(fileName, "/id: '" + id + "' does not match the file name");
        }
        JsonNode inputs = file.get("inputs");
        JsonNode output = file.get("output");
        return new CalculatorDefinition(
                id,
                file.get("title").stringValue(),
                file.has("medcalc_id") ? file.get("medcalc_id").intValue() : null,
                file.get("category").stringValue(),
                file.path("description").asString(""),
                strings(file.path("keywords")),
                strings(file.path("conventions")),
                inputs(fileName, inputs),
                entitySplits(fileName, file.path("entity_splits"), inputs),
                new OutputSpec(output.path("type").asString("number"), output.get("unit").stringValue(),
                        output.get("decimals").intValue(),
                        output.get("value_from").stringValue().equals("points"),
                        output.path("answer_quantity").asString(null)),
                bands(file.path("interpretation")),
                references(file.get("references")),
                file);
    }

    private static List<InputSpec> inputs(String fileName, JsonNode schema) {
        List<String> required = strings(schema.path("required"));
        for (String key : required) {
            if (!schema.get("properties").has(key)) {
                throw new CalculatorFileException(fileName, "/inputs/required: '" + key + "' is not a property");
            }
        }
        List<InputSpec> specs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            specs.add(input(fileName, property.getKey(), property.getValue(), required.contains(property.getKey())));
        }
        return List.copyOf(specs);
    }

    private static InputSpec input(String fileName, String key, JsonNode property, boolean required) {
        String where = "/inputs/properties/" + key;
        String type = property.get("type").stringValue();
        InputSpec.Kind kind = switch (type) {
            case "boolean" -> InputSpec.Kind.FINDING;
            case "string" -> property.has("format") ? InputSpec.Kind.DATE : InputSpec.Kind.CHOICE;
            default -> InputSpec.Kind.QUANTITY;
        };
        Unit unit = null;
        List<Unit> accepted = List.of();
        if (kind == InputSpec.Kind.QUANTITY) {
            String unitText = property.path("x-unit").asString("");
            Dimension dimension = dimensionOf(fileName, where, unitText);
            unit = UnitTable.require(unitText, dimension);
            accepted = new ArrayList<>(List.of(unit));
            for (String text : strings(property.path("x-accepts"))) {
                Unit other = UnitTable.parse(text, dimension).orElseThrow(() -> new CalculatorFileException(fileName,
                        where + "/x-accepts: unit '" + text + "' is unknown or not a " + dimension.name().toLowerCase()));
                if (!accepted.contains(other)) {
                    accepted.add(other);
                }
            }
        }
        Substance substance = null;
        if (property.has("x-substance")) {
            String name = property.get("x-substance").stringValue();
            substance = Substance.byLabel(name).orElseThrow(() -> new CalculatorFileException(fileName,
                    where + "/x-substance: '" + name + "' is not in the substance table ("
                            + String.join(", ", Arrays.stream(Substance.values()).map(Substance::label).toList()) + ")"));
        }
        return new InputSpec(key, property.get("title").stringValue(), kind, unit, List.copyOf(accepted), substance,
                strings(property.get("x-entities")), options(fileName, where, property),
                property.get("default"), required, Bounds.of(property),
                kind == InputSpec.Kind.QUANTITY && !property.has("x-bare-number")
                        && QuantityReader.unitRequired(unit, accepted, substance));
    }

    /** the dimension whose table knows the canonical unit; a file must not leave it in doubt */
    private static Dimension dimensionOf(String fileName, String where, String unitText) {
        List<Dimension> matches = Arrays.stream(Dimension.values())
                .filter(d -> UnitTable.parse(unitText, d).isPresent()).toList();
        if (matches.size() != 1) {
            throw new CalculatorFileException(fileName, where + "/x-unit: '" + unitText + "' "
                    + (matches.isEmpty() ? "is not a known unit" : "is ambiguous (" + matches + ")"));
        }
        return matches.get(0);
    }

    private static Map<String, List<String>> options(String fileName, String where, JsonNode property) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (String option : strings(property.path("enum"))) {
            options.put(option, strings(property.path("x-synonyms").path(option)));
        }
        for (String option : property.path("x-synonyms").propertyNames()) {
            if (!options.containsKey(option)) {
                throw new CalculatorFileException(fileName, where + "/x-synonyms: '" + option + "' is not in enum");
            }
        }
        return options;
    }

    private static Map<String, List<String>> entitySplits(String fileName, JsonNode splits, JsonNode inputs) {
        Map<String, List<String>> byEntity = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> split : splits.properties()) {
            List<String> keys = strings(split.getValue());
            for (String key : keys) {
                if (!inputs.get("properties").has(key)) {
                    throw new CalculatorFileException(fileName, "/entity_splits/" + split.getKey() + ": '" + key + "' is not an input");
                }
            }
            byEntity.put(split.getKey(), keys);
        }
        return byEntity;
    }

    private static List<Band> bands(JsonNode bands) {
        List<Band> list = new ArrayList<>();
        for (JsonNode band : bands) {
            list.add(new Band(band.has("from") ? band.get("from").doubleValue() : null,
                    band.has("below") ? band.get("below").doubleValue() : null, band.get("label").stringValue()));
        }
        return List.copyOf(list);
    }

    private static List<Reference> references(JsonNode references) {
        List<Reference> list = new ArrayList<>();
        for (JsonNode reference : references) {
            list.add(new Reference(reference.get("citation").stringValue(),
                    reference.path("doi").asString(null), reference.path("pmid").asString(null)));
        }
        return List.copyOf(list);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(item -> list.add(item.stringValue()));
        return List.copyOf(list);
    }
}
