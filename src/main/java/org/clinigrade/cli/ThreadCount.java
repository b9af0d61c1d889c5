package org.clinigrade.cli;

import org.clinigrade.calc.InvalidInputException;

/** The {@code --threads} of a grading command: checked before any work, and one per processor unless told. */
final class ThreadCount {

    private static final int MAX = 256;

    private ThreadCount() {
    }

    /** @throws InvalidInputException when the number given is outside 1 to 256 */
    static void check(Integer given) {
        if (given != null && (given < 1 || given > MAX)) {
            throw new InvalidInputException("--threads", "expected 1 to " + MAX + ", got " + given);
        }
    }

    /** as many threads as processors unless told: more threads change only how soon the verdicts come */
    static int of(Integer given) {
        return given != null ? given : Math.min(Runtime.getRuntime().availableProcessors(), MAX);
    }
}
