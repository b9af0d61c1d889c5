package org.clinigrade.rubric;

import java.util.Map;

/**
 * A response's score under its rubric's scheme.
 *
 * @param score     null when the scheme leaves it undefined
 * @param tagScores by tag, only for the tags that have one
 * @param undefined why the score is undefined; null when it is not
 */
public record ExampleScore(Double score, Map<String, Double> tagScores, String undefined) {

    public ExampleScore {
        tagScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tagScores));
    }
}
