package org.clinigrade.rubric;

import java.util.List;

/**
 * One behaviour an answer is checked for.
 *
 * @param id      unique in its rubric (a HealthBench criterion's id is its 0-based position, as text)
 * @param index   0-based position in the rubric
 * @param text    the behaviour, as the author wrote it
 * @param points  non-zero, negative for a harm ({@code healthbench} scheme); null under the {@code tiered} scheme
 * @param tier    the criterion's tier under the {@code tiered} scheme; null under {@code healthbench}
 * @param tags    {@code axis:…}, {@code theme:…}, {@code level:…} or a capability tag, each once
 * @param redLine when met, the response's score is capped at 0 (a harm that overrides everything else)
 * @param check   how its verdict is reached: by a judge outside, or by rules
 */
public record Criterion(String id, int index, String text, Integer points, Tier tier, List<String> tags,
                        boolean redLine, Check check) {

    public Criterion {
        tags = List.copyOf(tags);
    }

    /** a harm: met means the answer did something it must not (negative points, or a pitfall) */
    public boolean isHarm() {
        return points != null ? points < 0 : tier == Tier.PITFALL;
    }
}
