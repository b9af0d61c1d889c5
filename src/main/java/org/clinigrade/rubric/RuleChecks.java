package org.clinigrade.rubric;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The deterministic criteria of a rubric, checked on one response. */
public final class RuleChecks {

    private final Rubric rubric;

    public RuleChecks(Rubric rubric) {
        this.rubric = rubric;
    }

    /** whether the rubric has any criterion these checks decide (else every verdict comes from the judge) */
    public boolean any() {
        return rubric.criteria().stream().anyMatch(c -> !(c.check() instanceof Check.Judge));
    }

    /**
     * @param response the answer graded
     * @param entities the case's entities, for calculator checks (an object of entities as `calc --input` takes
     *                 them); null when none were given
     * @return one verdict per deterministic criterion, in rubric order
     */
    public List<RuleVerdict> check(String response, JsonNode entities) {
        List<RuleVerdict> verdicts = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            if (criterion.check() instanceof Check.MaxWords maxWords) {
                long words = response.strip().isEmpty() ? 0 : response.strip().split("\\s+").length;
                verdicts.add(new RuleVerdict(criterion.id(), (words <= maxWords.limit()) != criterion.isHarm(),
                        words + " words, limit " + maxWords.limit()));
            }
        }
        return verdicts;
    }
}
