package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.mcp.ToolResult;
import org.clinigrade.mcp.Toolbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** serve's own options; the protocol itself is tested in org.clinigrade.mcp.sdk and by .ci/run with real clients. */
class ServeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_calculate_tool_gives_exactly_what_calc_json_prints() throws IOException {
        String entities = Files.readString(Path.of("testcases/examples/cockcroft-gault.json"));
        CliRun calc = CliRun.of("calc", "2", "--input", "testcases/examples/cockcroft-gault.json", "--json");
        ToolResult tool = Toolbox.of(CalculatorCatalog.bundled(), false).call("calculate",
                JSON.readTree("{\"calculator\": 2, \"entities\": " + entities + "}"));

        assertEquals(JSON.readTree(calc.out()), tool.structured());
    }

    @ParameterizedTest(name = "--http {0}")
    @ValueSource(strings = {"localhost", "127.0.0.1:", "127.0.0.1:99999", ":8080"})
    void an_address_that_is_not_host_and_port_is_invalid_input(String address) {
        CliRun run = CliRun.of("serve", "--http", address);

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("invalid input: --http: '" + address + "' is not [HOST:]PORT (e.g. 127.0.0.1:8080)\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void a_port_in_use_is_invalid_input_that_says_so() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--http", "127.0.0.1:" + taken.getLocalPort());

            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("invalid input: --http: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "),
                    run.err());
        }
    }
}
