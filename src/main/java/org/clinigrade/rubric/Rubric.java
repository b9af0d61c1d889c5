package org.clinigrade.rubric;

import java.util.List;
import java.util.Optional;
import org.clinigrade.engine.RuleSource;

/**
 * A rubric: the criteria an answer is scored against, and how their verdicts become a score.
 *
 * @param id         the rubric's id (a native file's {@code id}, a HealthBench record's {@code prompt_id})
 * @param title      what it grades, in words
 * @param description what it grades and the clinical basis of its criteria; empty when the file gives none
 * @param references the guidelines it cites (DOIs or URLs)
 * @param scheme     how verdicts become a score
 * @param criteria   in file order
 * @param tags       tags of the whole example (HealthBench's {@code example_tags}), which inherit the example's score
 * @param source     the file it was read from (and line, for a JSON Lines record), for messages
 * @param handWritten the hand-written rules its {@link Check.Rules} criteria are decided by, or null when it has none
 */
public record Rubric(String id, String title, String description, List<String> references, Scheme scheme, List<Criterion> criteria,
                     List<String> tags, String source, RuleSource handWritten) {

    public Rubric {
        references = List.copyOf(references);
        criteria = List.copyOf(criteria);
        tags = List.copyOf(tags);
    }

    /** the criterion with this id */
    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }
}
