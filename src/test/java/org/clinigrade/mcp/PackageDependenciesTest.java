package org.clinigrade.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tool layer stays free of the protocol library, so a later protocol revision is a new adapter, not a rewrite. */
class PackageDependenciesTest {

    private static final Path MCP = Path.of("src/main/java/org/clinigrade/mcp");

    @Test
    void the_tool_layer_imports_no_protocol_library_or_server() throws IOException {
        assertEquals(List.of(), importing(Files.list(MCP), "import io.modelcontextprotocol", "import jakarta.", "import org.apache."));
    }

    @Test
    void nothing_in_mcp_depends_on_the_command_line() throws IOException {
        assertEquals(List.of(), importing(Files.walk(MCP), "import org.clinigrade.cli"));
    }

    private static List<String> importing(Stream<Path> files, String... prefixes) {
        try (files) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f).stream()
                    .anyMatch(line -> Stream.of(prefixes).anyMatch(line::startsWith))).map(Path::toString).toList();
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
