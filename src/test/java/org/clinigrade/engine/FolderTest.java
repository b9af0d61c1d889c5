package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder inside a jar reads as the same folder on disk would (tests run from classes, so the jar is built here). */
class FolderTest {

    @TempDir
    Path temp;

    @Test
    void lists_the_files_directly_in_a_jar_folder_sorted() throws IOException {
        Folder folder = Folder.inJar(jar("calculators/b.json", "calculators/a.json", "calculators/notes.txt",
                "calculators/old/c.json", "rules/calculators/a.drl", "calculators.json"), "calculators");

        assertEquals(List.of("a.json", "b.json"), folder.files(".json"));
    }

    @Test
    void reads_a_jar_file_as_utf8_and_says_it_is_bundled() throws IOException {
        Folder rules = Folder.inJar(jar("rules/calculators/a.drl"), "rules").folder("calculators");

        assertEquals("text of rules/calculators/a.drl µ", rules.read("a.drl"));
        assertTrue(rules.isFile("a.drl"));
        assertFalse(rules.isFile("b.drl"));
        assertEquals("(bundled)/rules/calculators/a.drl", rules.display("a.drl"));
        assertThrows(NoSuchFileException.class, () -> rules.read("b.drl"));
    }

    @Test
    void a_jar_file_that_is_not_utf8_fails_as_one_on_disk_does() throws IOException {
        Path jar = temp.resolve("bad.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("calculators/a.json"));
            out.write(new byte[] {'{', (byte) 0xE2, '}'});
        }
        Files.write(temp.resolve("a.json"), new byte[] {'{', (byte) 0xE2, '}'});

        assertThrows(MalformedInputException.class, () -> Folder.inJar(jar, "calculators").read("a.json"));
        assertThrows(MalformedInputException.class, () -> Folder.of(temp).read("a.json"));
    }

    @Test
    void shows_a_file_on_disk_relative_to_the_working_folder() {
        String relative = Path.of("calculators", "bmi.json").toString();

        assertEquals(relative, Folder.of(Path.of("calculators")).display("bmi.json"));
        assertEquals(relative, Folder.of(Path.of("calculators").toAbsolutePath()).display("bmi.json"));
    }

    private Path jar(String... entries) throws IOException {
        Path jar = temp.resolve("bundle.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(("text of " + entry + " µ").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
