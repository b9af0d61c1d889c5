package org.clinigrade.mcp;

import java.util.List;

/** A call to a tool the server does not have; a protocol error rather than a tool's error result. */
public final class UnknownToolException extends RuntimeException {

    /** beyond this many tools the message points to tools/list instead of listing them */
    private static final int LISTED = 8;

    UnknownToolException(String name, List<String> known) {
        super("Unknown tool: '" + name + "' (" + (known.size() <= LISTED ? "tools: " + String.join(", ", known)
                : "tools include " + String.join(", ", known.subList(0, 4)) + "; " + known.size() + " in all, see tools/list") + ")");
    }
}
