package org.clinigrade.rubric;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step: the shipped rubrics' rules (made from their files through the fixed templates) compiled into the jar,
 * so grading with a shipped rubric starts without compiling DRL. A rubric file whose rules differ (a user's own) is
 * compiled when it is first used.
 */
public final class PrecompiledRubrics {

    private PrecompiledRubrics() {
    }

    /** compiles every shipped rubric's rules into {@code args[0]} */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        for (Rubric rubric : RubricFiles.bundled()) {
            RubricRules.of(rubric).precompile(target);
        }
        System.out.println("precompiled the rules of " + RubricFiles.bundled().size() + " rubrics into " + target);
    }
}
