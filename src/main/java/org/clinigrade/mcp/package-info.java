/**
 * The tools of the MCP server, independent of any protocol library: what each tool is (name, description, input
 * and output JSON Schemas) and what it does, on Jackson trees. Depends on {@code calc}, {@code grade}, {@code engine}
 * and {@code units}; never on {@code io.modelcontextprotocol} (that is {@code mcp.sdk}'s) or on {@code cli}.
 */
package org.clinigrade.mcp;
