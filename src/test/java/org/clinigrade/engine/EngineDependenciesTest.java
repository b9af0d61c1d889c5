package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine knows rules and facts, not calculators: rubrics and other indices use its templates too. */
class EngineDependenciesTest {

    @Test
    void the_engine_imports_nothing_of_calculators_grading_or_the_command_line() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/clinigrade/engine"))) {
            List<String> importing = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f).stream().anyMatch(line -> Stream.of("calc", "grade", "cli", "mcp", "medcalc")
                            .anyMatch(p -> line.startsWith("import org.clinigrade." + p + "."))))
                    .map(Path::toString).toList();
            assertEquals(List.of(), importing);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
