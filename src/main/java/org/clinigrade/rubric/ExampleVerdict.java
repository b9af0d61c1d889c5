package org.clinigrade.rubric;

import java.util.List;

/**
 * A graded response.
 *
 * @param idField   {@code prompt_id} for a HealthBench record, {@code id} for a native response
 * @param id        the response's id
 * @param criteria  one verdict per criterion that has one, in rubric order
 * @param missing   the criteria without a verdict (neither judged nor checked by a rule): the score is then not given
 * @param score     the score, capped at 0 when a red line was crossed; null when undefined or incomplete
 * @param crossed   the red lines crossed
 */
public record ExampleVerdict(String idField, String id, Rubric rubric, List<CriterionVerdict> criteria,
                             List<Criterion> missing, ExampleScore score, List<Criterion> crossed) {

    public ExampleVerdict {
        criteria = List.copyOf(criteria);
        missing = List.copyOf(missing);
        crossed = List.copyOf(crossed);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
