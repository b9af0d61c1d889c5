package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.clinigrade.engine.DefinitionFileException;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A calculator file's ladders and shared rules that cannot become rules are load errors naming file and place. */
class LadderRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void a_gap_between_bands_names_the_file_and_the_band() throws IOException {
        String message = loadError("sofa", file -> band(file, "coagulation", 1).put("from", 110), drl -> drl);

        assertEquals(calculatorFile("sofa") + ": /ladders/coagulation/bands/1: 'from 110, below 150' leaves a gap after"
                + " 'from 50, below 100' (/ladders/coagulation/bands/2)", message);
    }

    @Test
    void an_overlap_between_bands_names_the_file_and_the_band() throws IOException {
        String message = loadError("sofa", file -> band(file, "coagulation", 1).put("from", 90), drl -> drl);

        assertEquals(calculatorFile("sofa") + ": /ladders/coagulation/bands/1: 'from 90, below 150' overlaps"
                + " 'from 50, below 100' (/ladders/coagulation/bands/2)", message);
    }

    @Test
    void a_band_that_holds_no_value_is_refused() throws IOException {
        String message = loadError("sofa", file -> band(file, "liver", 1).put("below", 1.2), drl -> drl);

        assertEquals(calculatorFile("sofa") + ": /ladders/liver/bands/1: 'from 1.2, below 1.2' holds no value", message);
    }

    @Test
    void points_that_are_not_a_number_are_refused_by_the_schema() throws IOException {
        String message = loadError("sofa", file -> band(file, "coagulation", 1).put("points", "+1"), drl -> drl);

        assertEquals(true, message.startsWith(calculatorFile("sofa") + ": /ladders/coagulation/bands/1/points: "), message);
        assertEquals(true, message.contains("number"), message);
    }

    @Test
    void a_ladder_on_an_unknown_quantity_is_refused() throws IOException {
        String message = loadError("sofa", file -> ladder(file, "coagulation").put("quantity", "platelet_count"),
                drl -> drl);

        assertEquals(calculatorFile("sofa") + ": /ladders/coagulation/quantity: 'platelet_count' is not a numeric input"
                + " of this calculator (a quantity a rule derives needs \"derived\": true)", message);
    }

    @Test
    void an_option_a_category_does_not_have_is_refused() throws IOException {
        String message = loadError("caprini-2005", file -> band(file, "surgery", 1).put("option", "minor surgery"),
                drl -> drl);

        assertEquals(true, message.startsWith(calculatorFile("caprini-2005")
                + ": /ladders/surgery/bands/1/option: 'minor surgery' is not an option of surgery_type"), message);
    }

    @Test
    void a_detail_may_name_only_the_values_the_rule_has() throws IOException {
        String message = loadError("sofa", file -> ladder(file, "liver").put("detail", "bilirubin {creatinine} mg/dL"),
                drl -> drl);

        assertEquals(calculatorFile("sofa") + ": /ladders/liver/bands/0/detail: {creatinine} is not the ladder's"
                + " quantity or a condition's (bilirubin)", message);
    }

    @Test
    void a_ladder_no_marker_places_is_a_load_error() throws IOException {
        String message = loadError("sofa", file -> { }, drl -> drl.replace("// @ladder liver\n", ""));

        assertEquals(true, message.startsWith(calculatorFile("sofa") + ": /ladders/liver: not placed"), message);
    }

    @Test
    void a_marker_naming_no_ladder_is_a_load_error_naming_the_rules_file_and_line() throws IOException {
        String message = loadError("sofa", file -> { }, drl -> drl.replace("// @ladder liver", "// @ladder livers"));

        assertEquals(true, message.matches(".*sofa\\.drl:\\d+: no ladder 'livers' in .*sofa\\.json"), message);
    }

    @Test
    void a_ladder_placed_twice_is_a_load_error() throws IOException {
        String message = loadError("sofa", file -> { }, drl -> drl + "\n// @ladder liver\n");

        assertEquals(true, message.matches(".*sofa\\.drl:\\d+: ladder 'liver' is placed twice"), message);
    }

    @Test
    void a_marker_that_is_misspelt_is_a_load_error() throws IOException {
        String message = loadError("sofa", file -> { }, drl -> drl.replace("// @ladder liver", "// @ladders liver"));

        assertEquals(true, message.contains("'// @ladders liver' is not '// @ladder <name>' or"), message);
    }

    @Test
    void a_shared_rule_from_a_file_the_calculator_does_not_declare_is_a_load_error() throws IOException {
        String message = loadError("delta-gap", file -> file.remove("shared_rules"), drl -> drl);

        assertEquals(true, message.matches(".*delta-gap\\.drl:\\d+: shared rules 'acid-base' are not in .*delta-gap\\.json's"
                + " shared_rules"), message);
    }

    @Test
    void a_shared_rule_that_does_not_exist_is_a_load_error() throws IOException {
        String message = loadError("delta-gap", file -> { },
                drl -> drl.replace("// @shared acid-base: Fall in bicarbonate", "// @shared acid-base: Bicarbonate fall"));

        assertEquals(true, message.matches(".*delta-gap\\.drl:\\d+: no rule 'Bicarbonate fall' in .*acid-base\\.drl"),
                message);
    }

    @Test
    void a_shared_function_that_does_not_exist_is_a_load_error() throws IOException {
        String message = loadError("delta-gap", file -> { },
                drl -> drl.replace("// @shared acid-base: function wrennReading", "// @shared acid-base: function reading"));

        assertEquals(true, message.matches(".*delta-gap\\.drl:\\d+: no 'function reading' in .*acid-base\\.drl"),
                message);
    }

    @Test
    void a_shared_function_placed_twice_is_a_load_error() throws IOException {
        String message = loadError("delta-gap", file -> { }, drl -> drl + "\n// @shared acid-base: function wrennDetail\n");

        assertEquals(true, message.matches(".*delta-gap\\.drl:\\d+: 'function wrennDetail' is placed twice"), message);
    }

    @Test
    void a_shared_file_declared_and_not_used_is_a_load_error() throws IOException {
        String message = loadError("sofa", file -> file.putArray("shared_rules").add("acid-base"), drl -> drl);

        assertEquals(true, message.contains("/shared_rules: 'acid-base' is declared but no line '// @shared acid-base"),
                message);
    }

    /** loads calculator {@code id} with its file and rules edited; the message of the error its rules give */
    private String loadError(String id, Consumer<ObjectNode> editFile, UnaryOperator<String> editDrl) throws IOException {
        ObjectNode file = (ObjectNode) JSON.readTree(Files.readString(Path.of("calculators", id + ".json")));
        editFile.accept(file);
        Path calculators = Files.createDirectories(temp.resolve("calculators"));
        Files.writeString(calculators.resolve(id + ".json"), JSON.writeValueAsString(file));
        Path rules = CalculatorCatalogTest.copyBundledRules(temp);
        Path drl = rules.resolve("calculators/" + id + ".drl");
        Files.writeString(drl, editDrl.apply(Files.readString(drl)));
        CalculatorCatalog catalog = CalculatorCatalog.load(calculators, RuleLibrary.trusted(rules));
        return assertThrows(DefinitionFileException.class, () -> catalog.find(id).orElseThrow().rules()).getMessage();
    }

    private String calculatorFile(String id) {
        return temp.resolve("calculators").resolve(id + ".json").toString();
    }

    private static ObjectNode ladder(ObjectNode file, String name) {
        return (ObjectNode) file.get("ladders").get(name);
    }

    private static ObjectNode band(ObjectNode file, String ladder, int index) {
        return (ObjectNode) ladder(file, ladder).get("bands").get(index);
    }
}
