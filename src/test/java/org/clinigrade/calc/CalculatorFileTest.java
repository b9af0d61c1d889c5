package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.engine.RuleCompilationException;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken calculator file is a clear error that names the file and the field. */
class CalculatorFileTest {

    @TempDir
    Path temp;

    private static final String BMI = read(Path.of("calculators/bmi.json"));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String loadBroken(String fileName, String text) throws IOException {
        Path calculators = Files.createDirectories(temp.resolve("calculators"));
        Files.writeString(calculators.resolve(fileName), text);
        return assertThrows(CalculatorFileException.class, () -> CalculatorCatalog.load(calculators, RuleLibrary.bundled()).all()).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title             | "title": "Body Mass Index (BMI)",                     | ''                                        | /title
            reference without DOI/PMID | "pmid": "11234459"                                    | "url": "x"                                | /references/0
            unknown unit              | "x-unit": "kg", "x-accepts": ["lb", "g"]              | "x-unit": "stone"                         | /inputs/properties/weight/x-unit: 'stone' is not a known unit
            accepted unit of another kind | "x-accepts": ["lb", "g"]                          | "x-accepts": ["cm"]                       | /inputs/properties/weight/x-accepts: unit 'cm' is unknown or not a mass
            undefined required input  | "required": ["weight", "height"]                      | "required": ["weight", "height", "age"]   | /inputs/required: 'age' is not a property
            id not matching the file  | "id": "bmi"                                           | "id": "body-mass"                         | /id: 'body-mass' does not match the file name
            unknown category          | "category": "physical"                                | "category": "vibes"                       | /category
            bad DOI                   | "pmid": "11234459"                                    | "doi": "not-a-doi"                        | /references/0/doi
            """)
    void names_the_file_and_the_field(String name, String from, String to, String expected) throws IOException {
        String broken = BMI.replace(from, to);
        assertTrue(!broken.equals(BMI), "the mutation applies");
        String message = loadBroken("bmi.json", broken);
        assertTrue(message.contains("bmi.json: "), message);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
    }

    @Test
    void invalid_json_names_the_file() throws IOException {
        String message = loadBroken("bmi.json", BMI.substring(0, 40));
        assertTrue(message.contains("bmi.json: not valid JSON"), message);
    }

    @Test
    void a_calculator_without_rules_names_the_missing_rule_file() throws IOException {
        String message = loadBroken("bmi-copy.json", BMI.replace("\"id\": \"bmi\"", "\"id\": \"bmi-copy\"")
                .replace("\"medcalc_id\": 6,", ""));
        assertTrue(message.contains("no rules at") && message.contains("bmi-copy.drl"), message);
    }

    @Test
    void a_rule_that_does_not_compile_names_the_rule_file_and_line() throws IOException {
        Path rules = CalculatorCatalogTest.copyBundledRules(temp);
        Path drl = rules.resolve("calculators/cha2ds2-vasc.drl");
        Files.writeString(drl, Files.readString(drl).replace("Quantity(name == \"age\"", "Quantitty(name == \"age\""));
        Calculator score = CalculatorCatalog.load(null, RuleLibrary.trusted(rules)).find("cha2ds2-vasc").orElseThrow();

        RuleCompilationException e = assertThrows(RuleCompilationException.class, score::rules);

        assertTrue(e.getMessage().contains("cha2ds2-vasc.drl:"), e.getMessage());
        assertTrue(e.getMessage().contains("Quantitty"), e.getMessage());
    }
}
