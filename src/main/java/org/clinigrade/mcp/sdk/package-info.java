/**
 * The tools of {@code org.clinigrade.mcp} served over MCP revision 2025-11-25 with the official Java SDK 2.x: the
 * server wiring, the stdio transport and the Streamable HTTP endpoint. The only package that knows the SDK; a later
 * protocol revision is a new adapter package beside this one, over the same tools.
 */
package org.clinigrade.mcp.sdk;
