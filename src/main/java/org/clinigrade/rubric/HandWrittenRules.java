package org.clinigrade.rubric;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.engine.RuleLibrary;
import org.clinigrade.engine.RuleSource;

/**
 * Where a native rubric's hand-written rules (for its {@code rules} checks) come from, and whether they may run at
 * all: they are DRL, code with the rights of the process, kept beside the rubric ({@code x.drl} beside
 * {@code x.json}); they load only for a rubric shipped in the jar, or for a rubric file when the user gave
 * {@code --trusted}. Asked only when a rubric has such a check.
 */
@FunctionalInterface
interface HandWrittenRules {

    /**
     * @param rubricId the rubric's id
     * @param at       the JSON pointer of the first check that needs them, for a message refusing them
     * @throws InvalidInputException naming the source and pointer when they may not run or do not exist
     */
    RuleSource find(String rubricId, String at);

    /** a shipped rubric's: {@code <id>.drl} beside it in the jar */
    static HandWrittenRules bundled() {
        return (rubricId, at) -> RuleLibrary.bundledBeside(RubricFiles.KIND, rubricId).orElseThrow(
                () -> new IllegalStateException("shipped rubric " + rubricId + " has rules checks but no " + rubricId
                        + ".drl beside it"));
    }

    /** a rubric file's: {@code x.drl} beside {@code x.json}, loaded only when {@code trusted} */
    static HandWrittenRules beside(Path file, boolean trusted) {
        String name = file.getFileName().toString();
        Path drl = file.resolveSibling((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".drl");
        return (rubricId, at) -> {
            if (!trusted) {
                throw new InvalidInputException(file.toString(), at + ": decided by hand-written rules (" + drl
                        + "), which run code with your rights; give --trusted to load them, only for a file whose"
                        + " author you trust");
            }
            if (!Files.isRegularFile(drl)) {
                throw new InvalidInputException(file.toString(), at + ": decided by hand-written rules, but " + drl
                        + " does not exist");
            }
            return RuleLibrary.trustedFile(drl);
        };
    }

    /** none at all: a rubric given inline (a tool call's argument) never runs code */
    static HandWrittenRules refused(String source) {
        return (rubricId, at) -> {
            throw new InvalidInputException(source, at + ": a rubric given inline cannot be decided by hand-written"
                    + " rules (they run code); use a shipped rubric, or a file with --trusted on the command line");
        };
    }
}
