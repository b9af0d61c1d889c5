package org.clinigrade.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.mcp.Toolbox;
import org.clinigrade.mcp.sdk.HttpEndpoint;
import org.clinigrade.mcp.sdk.ToolServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, header = "Run the MCP tool server, on stdio or Streamable HTTP.",
        description = {"Offers the calculators to an MCP client (protocol revision 2025-11-25):",
                "find_calculators, describe_calculator, calculate and grade_answer.",
                "On stdio (the default) standard output carries protocol messages only;",
                "logs go to standard error. With --http, serves http://HOST:PORT/mcp until",
                "stopped, to pages and host names of this machine (and HOST) only."})
final class ServeCommand implements Callable<Integer> {

    private static final Pattern ADDRESS = Pattern.compile("(?:(.+):)?(\\d{1,5})");

    @Mixin
    CatalogOptions catalogOptions;

    @Option(names = "--http", paramLabel = "[HOST:]PORT",
            description = "Serve Streamable HTTP at http://HOST:PORT/mcp instead of stdio; HOST defaults to 127.0.0.1.")
    String http;

    @Option(names = "--tool-per-calculator",
            description = "Also offer each calculator as a tool of its own (calculate_<id>), with its own input schema.")
    boolean toolPerCalculator;

    @Override
    public Integer call() throws IOException {
        Toolbox toolbox = Toolbox.of(catalogOptions.catalog(), catalogOptions.indices(), toolPerCalculator);
        if (http == null) {
            // the protocol owns standard output: anything else that prints there goes to stderr instead
            OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
            System.setOut(System.err);
            ToolServer.serveStdio(toolbox, System.in, protocol);
            return 0;
        }
        Matcher address = ADDRESS.matcher(http);
        if (!address.matches() || Integer.parseInt(address.group(2)) > 65535) {
            throw new InvalidInputException("--http", "'" + http + "' is not [HOST:]PORT (e.g. 127.0.0.1:8080)");
        }
        String host = address.group(1) == null ? "127.0.0.1" : address.group(1);
        HttpEndpoint endpoint;
        try {
            endpoint = ToolServer.serveHttp(toolbox, host, Integer.parseInt(address.group(2)));
        } catch (IllegalStateException e) {
            throw new InvalidInputException("--http", e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(endpoint::close, "clinigrade-http-stop"));
        System.err.println("clinigrade MCP server: http://" + host + ":" + endpoint.port() + "/mcp");
        endpoint.await();
        return 0;
    }
}
