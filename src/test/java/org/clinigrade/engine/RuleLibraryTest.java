package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinigrade.engine.facts.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLibraryTest {

    @Test
    void bundled_rules_are_trusted_as_bundled_and_named_by_their_path_in_the_rules_folder() {
        RuleSource targetWeight = RuleLibrary.bundled().definition("calculators", "target-weight");

        assertEquals(Trust.BUNDLED, targetWeight.trust());
        assertEquals("calculators/target-weight.drl", targetWeight.name());
        assertTrue(targetWeight.text().contains("rule \"Target weight\""));
    }

    @Test
    void rules_from_a_folder_the_user_names_are_trusted_only_as_such(@TempDir Path rules) throws IOException {
        write(rules.resolve("indices/ctr.drl"), "package x;");

        RuleSource ctr = RuleLibrary.trusted(rules).definition("indices", "ctr");

        assertEquals(Trust.TRUSTED, ctr.trust());
        assertEquals("indices/ctr.drl", ctr.name());
    }

    @Test
    void shared_rules_are_read_from_the_shared_folder(@TempDir Path rules) throws IOException {
        write(rules.resolve("shared/acid-base.drl"), "package shared;");

        assertEquals("shared/acid-base.drl", RuleLibrary.trusted(rules).shared("acid-base").name());
    }

    @Test
    void a_kind_of_definition_needs_only_its_folder(@TempDir Path rules) throws IOException {
        write(rules.resolve("rubrics/chest-pain.drl"), "package r;");
        RuleLibrary library = RuleLibrary.trusted(rules);

        assertTrue(library.has("rubrics", "chest-pain"));
        assertFalse(library.has("rubrics", "other"));
        assertFalse(library.has("calculators", "chest-pain"));
    }

    @Test
    void a_missing_rule_file_is_an_error_naming_it(@TempDir Path rules) {
        DefinitionFileException e = assertThrows(DefinitionFileException.class,
                () -> RuleLibrary.trusted(rules).shared("body-weight"));

        assertTrue(e.getMessage().contains("body-weight.drl: cannot be read"), e.getMessage());
    }

    @Test
    void a_rules_folder_that_is_not_a_folder_is_an_error_naming_it(@TempDir Path temp) throws IOException {
        Path file = write(temp.resolve("rules.txt"), "");

        DefinitionFileException e = assertThrows(DefinitionFileException.class, () -> RuleLibrary.trusted(file));

        assertEquals(file + ": not a folder", e.getMessage());
    }

    @Test
    void an_edited_copy_of_a_bundled_rule_file_is_compiled_from_its_own_text(@TempDir Path rules) throws IOException {
        String bundled = RuleLibrary.bundled().definition("calculators", "target-weight").text();
        write(rules.resolve("calculators/target-weight.drl"), bundled.replace("rule \"Target weight\"", "rule \"Edited\""));

        RuleSet edited = RuleSet.compile(List.of(RuleLibrary.trusted(rules).definition("calculators", "target-weight")));
        Calculation calculation = new Calculation();
        edited.run(List.of(new Quantity("target_bmi", 22), new Quantity("height", 180)), calculation);

        assertEquals("Edited", calculation.steps().get(0).name());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
