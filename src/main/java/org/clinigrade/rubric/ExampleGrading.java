package org.clinigrade.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one response: each criterion's verdict from the rules (a deterministic check, when the response is given)
 * or else from the judge, then the score under the rubric's scheme and the red lines. A criterion with neither is
 * missing, and the score is then not given at all: never a silently lower one.
 */
public final class ExampleGrading {

    private ExampleGrading() {
    }

    /**
     * @param response     the answer, or null when the judgments are all there is
     * @param judgments    the judge's verdicts by criterion id
     * @param judge        asked for each criterion left without a verdict, when there is a response; or null
     * @param conversation the conversation ending in the response, as the judge is shown it; null without a judge
     */
    public static ExampleVerdict grade(String idField, String id, Rubric rubric, Response response,
                                       Map<String, Judgment> judgments, ChatJudge judge, String conversation) {
        Map<String, RuleVerdict> rules = new HashMap<>();
        if (response != null) {
            RuleChecks checks = RuleChecks.of(rubric);
            if (checks.any()) {
                checks.check(response.text(), response.entities()).forEach(v -> rules.put(v.criterionId(), v));
            }
        }
        int maxLevel = rubric.scheme() instanceof Scheme.Tiered tiered ? tiered.maxLevel() : 0;
        List<CriterionVerdict> verdicts = new ArrayList<>();
        List<Criterion> missing = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            RuleVerdict rule = rules.get(criterion.id());
            Judgment judgment = judgments.get(criterion.id());
            if (rule != null && rule.met() == null && judgment == null) {
                // a rule that cannot decide (its calculator cannot be computed on the case) leaves the criterion
                // without a verdict, saying why, unless the judge gave one
                verdicts.add(new CriterionVerdict(criterion, null, null, "rule_failed", rule.evidence(), null));
                missing.add(criterion);
            } else if (rule != null && rule.met() != null) {
                verdicts.add(maxLevel > 0
                        ? new CriterionVerdict(criterion, null, rule.met() ? maxLevel : 0, "rule", rule.evidence(), null)
                        : new CriterionVerdict(criterion, rule.met(), null, "rule", rule.evidence(), null));
            } else if (judgment != null) {
                verdicts.add(new CriterionVerdict(criterion, judgment.met(), judgment.level(), "judge",
                        judgment.explanation(), null));
            } else if (judge != null && response != null) {
                ChatJudge.Reply reply = judge.ask(conversation, criterion, maxLevel);
                Judgment asked = reply.judgment();
                verdicts.add(asked != null
                        ? new CriterionVerdict(criterion, asked.met(), asked.level(), "judge", asked.explanation(), reply.raw())
                        : new CriterionVerdict(criterion, null, null, "judge_failed", reply.failure(), reply.raw()));
                if (asked == null) {
                    missing.add(criterion);
                }
            } else {
                missing.add(criterion);
            }
        }
        List<Criterion> crossed = verdicts.stream().filter(CriterionVerdict::crossesRedLine)
                .map(CriterionVerdict::criterion).toList();
        ExampleScore score = missing.isEmpty() ? score(rubric, verdicts, !crossed.isEmpty())
                : new ExampleScore(null, Map.of(), null);
        return new ExampleVerdict(idField, id, rubric, verdicts, missing, score, crossed);
    }

    private static ExampleScore score(Rubric rubric, List<CriterionVerdict> verdicts, boolean redLineCrossed) {
        ExampleScore score = rubric.scheme() instanceof Scheme.Tiered tiered
                ? TieredScore.of(rubric, tiered, verdicts) : HealthBenchScore.of(rubric, verdicts);
        if (!redLineCrossed || score.score() == null || score.score() <= 0) {
            return score;
        }
        // a red line caps the response's score at 0; the example's own tags, which take its score, follow it
        Map<String, Double> tags = new LinkedHashMap<>(score.tagScores());
        rubric.tags().forEach(tag -> tags.replace(tag, 0.0));
        return new ExampleScore(0.0, tags, null);
    }
}
