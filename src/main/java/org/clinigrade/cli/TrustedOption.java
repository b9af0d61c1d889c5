package org.clinigrade.cli;

import picocli.CommandLine.Option;

/** {@code --trusted}, shared by the rubric commands: whether a rubric file's hand-written rules may run. */
final class TrustedOption {

    @Option(names = "--trusted", description = {"Load a rubric file's hand-written rules (x.drl beside x.json) for its",
            "'rules' checks. They run code with your rights: trusted sources only."})
    boolean trusted;
}
