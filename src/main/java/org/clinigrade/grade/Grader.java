package org.clinigrade.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.calc.OutputSpec;
import org.clinigrade.calc.ResultJson;
import org.clinigrade.engine.Answer;
import org.clinigrade.engine.Step;
import org.clinigrade.lines.JsonBytes;
import org.clinigrade.units.Numbers;

/**
 * Grades one model output against its reference case: reads the answer, decides correctness, and for a wrong
 * answer attributes the error to the first place the model's process parts from the reference: an abstention
 * or format problem, then the entities, then its own arithmetic, then the rule. A pure function of (output,
 * reference); thread-safe.
 */
public final class Grader {

    private final AnswerCheck check;
    private final boolean correctedLabels;
    private final Map<String, InputTerms> terms = new ConcurrentHashMap<>();

    /**
     * @param check           decides correctness; null for clinigrade's own reading of the answer
     * @param correctedLabels grade against the corrected label where the case has one
     */
    public Grader(AnswerCheck check, boolean correctedLabels) {
        this.check = check;
        this.correctedLabels = correctedLabels;
    }

    public Verdict grade(ModelOutput output, ReferenceCase reference) {
        return grade(output, reference, new JsonBytes(256));
    }

    /**
     * @param scratch where the evidence is written before it is copied into the verdict: a caller that grades many
     *                records reuses one, which also keeps the bytes of the strings every verdict repeats
     */
    Verdict grade(ModelOutput output, ReferenceCase reference, JsonBytes scratch) {
        Calculator calculator = reference.calculator();
        OutputSpec spec = calculator.definition().output();
        AnswerReading.Reading reading = AnswerReading.read(output.answer(), spec);
        Label label = correctedLabels && reference.corrected() != null ? reference.corrected() : reference.v1();
        AnswerCheck.Judgement judgement = judge(output, reference, label, reading, spec);
        Boolean correctV1 = label == reference.v1() ? null : judge(output, reference, reference.v1(), reading, spec).correct();
        JsonBytes evidence = scratch.clear().startObject();
        answerEvidence(evidence.name("answer"), output, reading, spec);
        expectedEvidence(evidence.name("expected"), label, reference.labelSource(label));
        if (judgement.note() != null) {
            evidence.name("check").string(judgement.note());
        }
        Attribution attribution = judgement.correct() ? new Attribution(ErrorType.CORRECT, StepAlignment.NONE, null)
                : attribute(output, reference, label, reading, spec, evidence);
        Boolean file = output.fileVerdict() == null ? null : output.fileVerdict().equalsIgnoreCase("Correct");
        return new Verdict(output.id(), calculator.definition().id(), calculator.definition().medcalcId(),
                reference.category(), judgement.correct(), attribution.type(), correctV1, file, attribution.steps(),
                attribution.entities(), evidence.endObject().toByteArray());
    }

    private record Attribution(ErrorType type, StepAlignment steps, EntityCheck.Outcome entities) {
        Attribution because(JsonBytes evidence, String reason) {
            evidence.name("reason").string(reason);
            return this;
        }
    }

    private AnswerCheck.Judgement judge(ModelOutput output, ReferenceCase reference, Label label,
                                        AnswerReading.Reading reading, OutputSpec spec) {
        if (check != null) {
            return check.judge(output, reference, label);
        }
        return new AnswerCheck.Judgement(reading instanceof AnswerReading.Value value
                && label.accepts(comparable(value.value(), spec)), null);
    }

    /** a score is compared as a whole number: 4.4 points is 4 */
    private static Answer comparable(Answer value, OutputSpec spec) {
        return value instanceof Answer.Number number && spec.decimals() == 0
                ? new Answer.Number(Math.round(number.value())) : value;
    }

    private Attribution attribute(ModelOutput output, ReferenceCase reference, Label label,
                                  AnswerReading.Reading reading, OutputSpec spec, JsonBytes evidence) {
        if (reading instanceof AnswerReading.Abstention abstention) {
            return reason(evidence, ErrorType.ABSTAINED, abstention.reason());
        }
        if (reading instanceof AnswerReading.Unreadable unreadable) {
            return reason(evidence, ErrorType.FORMAT_ERROR, unreadable.reason());
        }
        Answer value = ((AnswerReading.Value) reading).value();
        String reread = FormatSlip.find(value, label, spec);
        if (reread != null) {
            return reason(evidence, ErrorType.FORMAT_ERROR, reread);
        }
        if (!output.hasProcess()) {
            // not recomputed: a direct answer says nothing more, and recomputing would load every calculator's rules
            return reason(evidence, ErrorType.UNATTRIBUTED, "the record has only a final answer: no entities, steps or reasoning");
        }
        ReferenceCase.Trace trace = reference.trace();
        if (!trace.available()) {
            return reason(evidence, ErrorType.UNATTRIBUTED, "the reference cannot be recomputed (" + trace.error() + ")");
        }
        if (trace.note() != null) {
            evidence.name("reference_note").string(trace.note());
        }
        if (agreesWithRecomputation(value, trace, spec)) {
            return reason(evidence, ErrorType.LABEL_SUSPECT, "the answer agrees with the calculator computed from the "
                    + "reference entities (" + trace.result().value().text() + "); the label " + label.answer() + " does not");
        }
        return new ProcessCheck(output, reference, label, spec, value, evidence).attribute();
    }

    private static boolean agreesWithRecomputation(Answer answer, ReferenceCase.Trace trace, OutputSpec spec) {
        return Label.computed(trace.result().value(), spec.decimals()).accepts(comparable(answer, spec));
    }

    /** the checks on how the answer came about, for one record */
    private final class ProcessCheck {
        private final ModelOutput output;
        private final ReferenceCase reference;
        private final Label label;
        private final OutputSpec spec;
        private final Answer answer;
        private final JsonBytes evidence;
        private final ReasoningText text;

        ProcessCheck(ModelOutput output, ReferenceCase reference, Label label, OutputSpec spec, Answer answer,
                     JsonBytes evidence) {
            this.output = output;
            this.reference = reference;
            this.label = label;
            this.spec = spec;
            this.answer = answer;
            this.evidence = evidence;
            this.text = output.reasoning() == null || output.reasoning().isBlank() ? null : new ReasoningText(output.reasoning());
        }

        Attribution attribute() {
            Calculator calculator = reference.calculator();
            InputTerms names = terms.computeIfAbsent(calculator.definition().id(), id -> new InputTerms(calculator.definition()));
            EntityCheck entityCheck = new EntityCheck(calculator, names, reference);
            EntityCheck.Outcome entities = output.entities() != null && output.entities().isObject()
                    ? entityCheck.reported(output.entities()) : text != null ? entityCheck.stated(text) : null;
            List<Step> trace = reference.trace().result().steps();
            StepAlignment steps = !output.steps().isEmpty() ? StepAlignment.reported(trace, output.steps())
                    : text != null ? StepAlignment.stated(trace, text) : StepAlignment.NONE;
            List<ReasoningText.Claim> slips = slips();
            record(entities, steps, slips);
            if (entities != null && !entities.differing().isEmpty()) {
                Explanation explanation = explaining(entities);
                Answer implied = explanation.implied();
                if (implied != null) {
                    evidence.name("implied_answer").node(ResultJson.value(implied, spec.decimals()));
                }
                if (implied != null && !label.accepts(comparable(implied, spec))) {
                    return new Attribution(ErrorType.EXTRACTION_ERROR, steps, entities).because(evidence,
                            "the model's " + wrongInputs(entities, explanation.inputs()) + " differ from the reference; "
                                    + "with them the answer would be " + implied.text());
                }
            }
            if (!slips.isEmpty()) {
                ReasoningText.Claim slip = slips.get(0);
                return new Attribution(ErrorType.ARITHMETIC_ERROR, steps, entities).because(evidence, slip.expression()
                        + " is " + Numbers.format(slip.computed()) + ", not " + Numbers.format(slip.stated()));
            }
            if (steps.divergence() != null && steps.divergence().got() != null) {
                StepAlignment.Divergence d = steps.divergence();
                return new Attribution(ErrorType.RULE_ERROR, steps, entities).because(evidence, "'" + d.step()
                        + "' is " + Numbers.format(d.expected()) + " in the reference, " + Numbers.format(d.got()) + " in the model's steps");
            }
            if (steps.compared() > 0 && steps.divergence() == null) {
                return new Attribution(ErrorType.ARITHMETIC_ERROR, steps, entities).because(evidence,
                        "every step the model states agrees with the reference, but its answer " + answer.text()
                                + " does not follow from them");
            }
            Attribution scored = criteria(steps, entities);
            if (scored != null) {
                return scored;
            }
            if (steps.divergence() != null) {
                StepAlignment.Divergence d = steps.divergence();
                return new Attribution(ErrorType.RULE_ERROR, steps, entities).because(evidence, "no entity difference or "
                        + "arithmetic slip explains the answer; the reasoning never reaches the reference's '"
                        + d.step() + "' (" + Numbers.format(d.expected()) + ")");
            }
            if (entities != null && !entities.findings().isEmpty()) {
                return new Attribution(ErrorType.RULE_ERROR, steps, entities).because(evidence,
                        "no entity difference or arithmetic slip explains the answer: the rule or formula applied differs");
            }
            return new Attribution(ErrorType.UNATTRIBUTED, steps, entities).because(evidence,
                    "nothing in the reasoning could be checked against the reference");
        }

        /**
         * A score whose criteria the model's code scores one by one: a criterion scored differently is a finding read
         * differently (extraction); one left out is the rule applied differently. Null unless the differences add
         * up to the model's answer.
         */
        private Attribution criteria(StepAlignment steps, EntityCheck.Outcome entities) {
            Answer total = reference.trace().result().value();
            if (!spec.fromPoints() || text == null || !(answer instanceof Answer.Number points)
                    || !(total instanceof Answer.Number referencePoints)) {
                return null;
            }
            List<CriterionPoints.Difference> differences = CriterionPoints.explaining(reference.trace().result().steps(),
                    output.reasoning(), points.value(), referencePoints.value());
            if (differences.isEmpty()) {
                return null;
            }
            evidence.name("criteria").startArray();
            List<String> scored = new ArrayList<>();
            List<String> omitted = new ArrayList<>();
            for (CriterionPoints.Difference d : differences) {
                evidence.startObject().name("criterion").string(d.criterion()).name("expected").number(d.expected());
                evidence.name("got").number(d.got()).endObject();
                if (d.got() == null) {
                    omitted.add("'" + d.criterion() + "'");
                } else {
                    scored.add("'" + d.criterion() + "' " + Numbers.format(d.got()) + " where the reference gives "
                            + Numbers.format(d.expected()));
                }
            }
            evidence.endArray();
            String leftOut = omitted.isEmpty() ? "" : "its score leaves out " + String.join(", ", omitted);
            if (scored.isEmpty()) {
                return new Attribution(ErrorType.RULE_ERROR, steps, entities).because(evidence, leftOut);
            }
            return new Attribution(ErrorType.EXTRACTION_ERROR, steps, entities).because(evidence, "the model scores "
                    + String.join(", ", scored) + (leftOut.isEmpty() ? "" : "; " + leftOut));
        }

        /** arithmetic the model wrote whose result is not what it wrote: in its steps, or in its text */
        private List<ReasoningText.Claim> slips() {
            List<ReasoningText.Claim> slips = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            for (ModelOutput.ModelStep step : output.steps()) {
                if (step.expression() != null && step.value() != null) {
                    try {
                        ReasoningText.Claim claim = new ReasoningText.Claim(step.expression(), step.value(),
                                ReasoningText.decimals(Double.toString(step.value())), Arithmetic.evaluate(step.expression()));
                        if (claim.slips()) {
                            slips.add(claim);
                        }
                    } catch (IllegalArgumentException e) {
                        unreadable.add(step.expression() + ": " + e.getMessage());
                    }
                }
            }
            if (!unreadable.isEmpty()) {
                evidence.name("unreadable_expressions").startArray();
                unreadable.forEach(evidence::string);
                evidence.endArray();
            }
            if (text != null) {
                text.claims().stream().filter(ReasoningText.Claim::slips).forEach(slips::add);
            }
            return slips;
        }

        /** the differing inputs that explain the answer, and the answer the calculator gives with them */
        private record Explanation(List<String> inputs, Answer implied) {
        }

        /**
         * The differing inputs that, together, bring the answer closest to the model's, chosen greedily one at a
         * time while each brings it closer: a difference that moves the answer away from the model's is more
         * likely the grader misreading the text than the model misreading the note.
         */
        private Explanation explaining(EntityCheck.Outcome entities) {
            List<String> remaining = new ArrayList<>(entities.differing().keySet().stream().sorted().toList());
            List<String> chosen = new ArrayList<>();
            Answer implied = null;
            double best = reference.trace().result().value().distance(answer);
            while (!remaining.isEmpty() && best > 0) {
                String pick = null;
                for (String key : remaining) {
                    List<String> trial = new ArrayList<>(chosen);
                    trial.add(key);
                    Answer value = valueWith(entities, trial);
                    if (value != null && value.distance(answer) < best) {
                        best = value.distance(answer);
                        pick = key;
                        implied = value;
                    }
                }
                if (pick == null) {
                    break;
                }
                chosen.add(pick);
                remaining.remove(pick);
            }
            return new Explanation(List.copyOf(chosen), implied);
        }

        /** the calculator's answer with the model's values for {@code keys}; null if it rejects them */
        private Answer valueWith(EntityCheck.Outcome entities, List<String> keys) {
            try {
                return reference.calculator().evaluate(entities.modelView(keys)).value();
            } catch (InvalidInputException e) {
                return null;
            }
        }

        private void record(EntityCheck.Outcome entities, StepAlignment steps, List<ReasoningText.Claim> slips) {
            if (entities != null) {
                evidence.name("entities").startArray();
                for (EntityCheck.Finding finding : entities.findings()) {
                    evidence.startObject().name("input").string(finding.input()).name("status").string(finding.status())
                            .name("expected").string(finding.expected());
                    if (finding.got() != null) {
                        evidence.name("got").string(finding.got());
                    }
                    evidence.endObject();
                }
                evidence.endArray();
            }
            if (steps.referenceSteps() > 0) {
                evidence.name("steps").startObject().name("reference").number(steps.referenceSteps())
                        .name("compared").number(steps.compared()).name("agreeing").number(steps.agreeing());
                StepAlignment.Divergence d = steps.divergence();
                if (d != null) {
                    evidence.name("first_divergence").startObject().name("step").string(d.step())
                            .name("expected").number(d.expected());
                    if (d.got() != null) {
                        evidence.name("got").number(d.got());
                    }
                    evidence.endObject();
                }
                evidence.endObject();
            }
            if (!slips.isEmpty()) {
                evidence.name("arithmetic_slips").startArray();
                for (ReasoningText.Claim slip : slips) {
                    evidence.startObject().name("expression").string(slip.expression()).name("stated").number(slip.stated())
                            .name("computed").number(Numbers.clean(slip.computed())).endObject();
                }
                evidence.endArray();
            }
        }
    }

    private static String wrongInputs(EntityCheck.Outcome entities, List<String> keys) {
        List<String> wrong = entities.findings().stream().filter(f -> f.wrong() && keys.contains(f.input()))
                .map(f -> f.input() + " (" + f.expected() + " → " + (f.got() == null ? "?" : f.got()) + ")").toList();
        return String.join(", ", wrong);
    }

    private static Attribution reason(JsonBytes evidence, ErrorType type, String reason) {
        return new Attribution(type, StepAlignment.NONE, null).because(evidence, reason);
    }

    private static void answerEvidence(JsonBytes json, ModelOutput output, AnswerReading.Reading reading, OutputSpec spec) {
        json.startObject().name("text").string(output.answer() == null ? null : AnswerReading.clip(output.answer()));
        if (output.harnessAnswer() != null && !output.harnessAnswer().equals(output.answer())) {
            json.name("harness").string(AnswerReading.clip(output.harnessAnswer()));
        }
        if (reading instanceof AnswerReading.Value value) {
            json.name("read_as").string(value.value().text());
            Answer compared = comparable(value.value(), spec);
            String rounded = compared.equals(value.value()) ? null : "a score, rounded half up to " + compared.text();
            if (value.how() != null || rounded != null) {
                json.name("how").string(value.how() == null ? rounded : rounded == null ? value.how() : value.how() + "; " + rounded);
            }
        }
        json.endObject();
    }

    private static void expectedEvidence(JsonBytes json, Label label, String labels) {
        json.startObject().name("answer").string(label.answer());
        if (!label.lower().equals(label.upper())) {
            json.name("lower").string(label.lower()).name("upper").string(label.upper());
        }
        json.name("labels").string(labels).endObject();
    }
}
