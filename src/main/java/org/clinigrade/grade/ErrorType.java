package org.clinigrade.grade;

import java.util.Locale;

/** What went wrong with a graded answer, in the order a calculation goes: reading the note, the rule, the sums. */
public enum ErrorType {
    CORRECT,
    /** an entity read wrongly from the note, and the wrong value explains the wrong answer */
    EXTRACTION_ERROR,
    /** the right entities, but a criterion or formula applied differently from the reference */
    RULE_ERROR,
    /** the model's own arithmetic does not give the result it wrote */
    ARITHMETIC_ERROR,
    /** no readable answer of the calculator's type, or one that is right only read another way (a fraction for a percentage) */
    FORMAT_ERROR,
    /** no answer: none given, a placeholder echoed, or a refusal */
    ABSTAINED,
    /**
     * wrong by the label, but the answer agrees with the calculator computed from the reference entities: the label,
     * not the model, is in question (MedCalc-Bench's v1.0 labels have known errors)
     */
    LABEL_SUSPECT,
    /** wrong, and the record holds nothing (no entities, steps or reasoning) that says why */
    UNATTRIBUTED,
    /** the record itself cannot be graded: not JSON, no id, unknown calculator or case */
    INVALID_RECORD;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** the name in verdicts and summaries */
    public String key() {
        return key;
    }
}
