/**
 * The {@code clinigrade} command line (picocli): one class per subcommand. Results go to stdout, one-line
 * errors to stderr; exit 0 ok, 2 invalid input, 1 internal error.
 */
package org.clinigrade.cli;
