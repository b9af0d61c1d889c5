package org.clinigrade.rubric;

import tools.jackson.databind.JsonNode;

/**
 * A response to grade, as a line of {@code --responses} gives it.
 *
 * @param id       its id ({@code id}, or a HealthBench record's {@code prompt_id})
 * @param rubric   the rubric it answers, if the line names it
 * @param text     the answer
 * @param entities the case's entities, for calculator checks; null if none
 */
public record Response(String id, String rubric, String text, JsonNode entities) {
}
