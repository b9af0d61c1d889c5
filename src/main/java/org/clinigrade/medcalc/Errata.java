package org.clinigrade.medcalc;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.engine.Folder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explained disagreements: {@code <calculator>.json} files, each an array of
 * {@code {"row", "calculator", "v1_label", "corrected_label", "ours", "category", "reason"}}, with
 * {@code "convention_inputs"} where a selectable convention reproduces a label. The bundled ones
 * (from {@code testcases/medcalc-bench/errata/}) are used unless a folder is given. Reading a folder inside the
 * jar and one on disk is the same code.
 */
final class Errata {

    private static final Set<String> CATEGORIES = Set.of("label_error", "entity_error", "convention");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Integer, Erratum> byRow;

    private Errata(Map<Integer, Erratum> byRow) {
        this.byRow = byRow;
    }

    Optional<Erratum> forRow(int row) {
        return Optional.ofNullable(byRow.get(row));
    }

    int size() {
        return byRow.size();
    }

    static Errata load(Folder folder) {
        Map<Integer, Erratum> byRow = new HashMap<>();
        try {
            for (String file : folder.files(".json")) {
                add(byRow, file, JSON.readTree(folder.read(file)));
            }
        } catch (IOException | JacksonException e) {
            throw new InvalidInputException("errata", folder + ": " + e.getMessage());
        }
        return new Errata(byRow);
    }

    /** the errata bundled with clinigrade (none if the build bundled none) */
    static Errata bundled() {
        return Folder.bundled("medcalc-bench/errata").map(Errata::load).orElseGet(() -> new Errata(Map.of()));
    }

    private static void add(Map<Integer, Erratum> byRow, String file, JsonNode entries) {
        if (!entries.isArray()) {
            throw new InvalidInputException("errata", file + ": expected a JSON array of entries");
        }
        int i = 0;
        for (JsonNode entry : entries) {
            String where = file + "[" + i++ + "]";
            for (String field : List.of("row", "calculator", "category", "reason")) {
                if (!entry.hasNonNull(field)) {
                    throw new InvalidInputException("errata", where + ": missing '" + field + "'");
                }
            }
            String category = entry.get("category").asString();
            if (!CATEGORIES.contains(category)) {
                throw new InvalidInputException("errata", where + ": category '" + category + "' is not one of " + CATEGORIES);
            }
            JsonNode inputs = entry.get("convention_inputs");
            if (inputs != null && !inputs.isObject()) {
                throw new InvalidInputException("errata", where + ": convention_inputs must be an object of calculator inputs");
            }
            Erratum erratum = new Erratum(entry.get("row").asInt(), entry.get("calculator").asString(), category,
                    entry.get("reason").asString(), (tools.jackson.databind.node.ObjectNode) inputs);
            if (byRow.put(erratum.row(), erratum) != null) {
                throw new InvalidInputException("errata", where + ": row " + erratum.row() + " is explained twice");
            }
        }
    }
}
