package org.clinigrade.rubric;

import java.util.List;

/**
 * How a criterion's verdict is reached. {@link Judge} verdicts come from outside; every other check is deterministic,
 * made into rules through fixed templates (its strings arrive in the rules as escaped literals or facts, never code).
 */
public sealed interface Check {

    /** a judge outside decides; its verdict is read from a judgments file */
    record Judge() implements Check {
    }

    /**
     * Phrases matched case-insensitively on word boundaries; a phrase inside a negation's window ("do not take
     * aspirin") does not count. Met when one appears (for a harm: when one appears, i.e. the harm was done).
     */
    record Mentions(List<String> phrases) implements Check {
        public Mentions {
            phrases = List.copyOf(phrases);
        }
    }

    /** a regular expression, run by RE2/J (linear time); met when it matches */
    record Pattern(String regex) implements Check {
    }

    /**
     * A number in the answer agrees with the calculator computed on the case's entities, within the calculator's
     * tolerance.
     *
     * @param calculator a calculator id or MedCalc-Bench number
     */
    record CalculatorValue(String calculator) implements Check {
    }

    /**
     * When the calculator's value crosses {@code threshold} (on the side {@code operator} says), the answer must (or,
     * for a harm, must not) mention one of {@code phrases}; when it does not cross, the criterion does not apply and is
     * counted as met for a requirement, not met for a harm.
     *
     * @param operator one of {@code >= > <= <}
     */
    record CalculatorThreshold(String calculator, String operator, double threshold, List<String> phrases)
            implements Check {
        public CalculatorThreshold {
            phrases = List.copyOf(phrases);
        }
    }

    /** the answer has at most this many words */
    record MaxWords(int limit) implements Check {
    }

    /**
     * Decided by the rubric's hand-written rules (its {@code .drl}), which run code: loaded only for a shipped rubric
     * or with {@code --trusted}. The rules see the facts this check asks for besides the numbers stated and the word
     * count: each occurrence of {@code phrases} and the value of {@code calculator} on the case.
     *
     * @param calculator a calculator id or MedCalc-Bench number, or null
     * @param phrases    possibly empty
     */
    record Rules(String calculator, List<String> phrases) implements Check {
        public Rules {
            phrases = List.copyOf(phrases);
        }
    }
}
