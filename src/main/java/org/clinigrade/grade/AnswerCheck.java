package org.clinigrade.grade;

/**
 * Decides whether an answer is correct against a label. clinigrade's own check reads the answer as the
 * calculator's output type; a benchmark may bring its own (MedCalc-Bench's parsing rules, for comparability).
 */
public interface AnswerCheck {

    /** @param note why, when the check's verdict needs explaining (a quirk of the rules applied); null otherwise */
    record Judgement(boolean correct, String note) {
    }

    Judgement judge(ModelOutput output, ReferenceCase reference, Label label);
}
