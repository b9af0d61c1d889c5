package org.clinigrade.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinigrade.engine.Folder;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckedFilesTest {

    private static final Folder CALCULATORS = Folder.of(Path.of("calculators"));

    @Test
    void the_build_stamps_every_bundled_calculator_file() throws IOException {
        SchemaCheckedFiles checked = SchemaCheckedFiles.bundled();

        for (String name : CALCULATORS.files(".json")) {
            assertTrue(checked.contains(name, CALCULATORS.read(name)), name);
        }
    }

    @Test
    void an_edited_file_is_checked_again() throws IOException {
        String edited = CALCULATORS.read("bmi.json").replace("\"decimals\": 3", "\"decimals\": 0");

        assertFalse(SchemaCheckedFiles.bundled().contains("bmi.json", edited));
        assertFalse(SchemaCheckedFiles.bundled().contains("other.json", CALCULATORS.read("bmi.json")));
    }

    @Test
    void only_files_that_pass_the_schema_are_stamped(@TempDir Path temp) throws IOException {
        String bmi = CALCULATORS.read("bmi.json");
        Files.writeString(temp.resolve("bmi.json"), bmi);
        Files.writeString(temp.resolve("broken.json"), bmi.replace("\"title\"", "\"titel\""));

        List<String> stamps = SchemaCheckedFiles.stamps(Folder.of(temp));

        assertEquals(2, stamps.size(), stamps.toString());
        assertTrue(stamps.get(0).startsWith(CalculatorFileReader.SCHEMA_RESOURCE + " "), stamps.get(0));
        assertTrue(stamps.get(1).startsWith("bmi.json "), stamps.get(1));
    }

    @Test
    void a_calculators_dir_is_always_checked_against_the_schema(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("bmi.json"), CALCULATORS.read("bmi.json").replace("\"title\"", "\"titel\""));

        CalculatorFileException e = assertThrows(CalculatorFileException.class,
                () -> CalculatorCatalog.load(temp, RuleLibrary.bundled()).find("bmi"));

        assertTrue(e.getMessage().contains("required property 'title' not found"), e.getMessage());
    }
}
