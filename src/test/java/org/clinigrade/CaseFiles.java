package org.clinigrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Golden case files for a parameterized test: every {@code *.json} under a folder, by its path without {@code .json}. */
public final class CaseFiles {

    private CaseFiles() {
    }

    /** each file under {@code root}, sorted, as (name relative to {@code root}, path) */
    public static Stream<Arguments> under(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> Arguments.of(root.relativize(f).toString().replace(".json", ""), f))
                    .toList().stream();
        }
    }

    /** how many case files {@code folder} holds (0 if there is no such folder) */
    public static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
