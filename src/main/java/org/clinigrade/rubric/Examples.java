package org.clinigrade.rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinigrade.calc.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * The responses a run grades, in input order, each with its rubric, its judgments and its answer if given. With
 * HealthBench records, one example per record, in record order. With native rubrics, one per line of
 * {@code --responses}, then any response judged but not listed there, in the order first judged.
 */
public final class Examples {

    private final RubricFiles.Rubrics rubrics;
    private final Map<String, Response> responses;

    /** @param responses by id; empty without {@code --responses} */
    public Examples(RubricFiles.Rubrics rubrics, Map<String, Response> responses) {
        this.rubrics = rubrics;
        this.responses = responses;
    }

    /** reads the judgments file against these rubrics and responses */
    public Judgments judgments(Path file) {
        return Judgments.read(file, rubrics, this::rubricOf);
    }

    /**
     * The rubric of a native response: the one the judgment line or the response names, or the only one there is.
     *
     * @throws InvalidInputException when none says and there are several, or the two name different rubrics
     */
    private Rubric rubricOf(String id, String named) {
        Response response = responses.get(id);
        String answered = response != null ? response.rubric() : null;
        if (named != null && answered != null && !named.equals(answered)) {
            throw new InvalidInputException("rubric", "'" + named + "', but response '" + id + "' answers rubric '"
                    + answered + "' (its line in --responses says so)");
        }
        String rubricId = named != null ? named : answered;
        if (rubricId != null) {
            Rubric rubric = rubrics.byId().get(rubricId);
            if (rubric == null) {
                throw new InvalidInputException("rubric", "'" + rubricId + "' is not a rubric of --rubrics");
            }
            return rubric;
        }
        if (rubrics.all().size() == 1) {
            return rubrics.all().get(0);
        }
        throw new InvalidInputException("rubric", "response '" + id + "' does not say which of the "
                + rubrics.all().size() + " rubrics it answers (give \"rubric\" here or in --responses)");
    }

    /**
     * Every example graded, in input order; in parallel on the fork-join pool it is called from (each response's rule
     * checks are its own, so the verdicts are the same whatever the number of threads).
     */
    public List<ExampleVerdict> grade(Judgments judgments, ChatJudge judge) {
        return examples(judgments).parallelStream().map(e -> e.grade(judgments, judge)).toList();
    }

    private record Example(String idField, String id, Rubric rubric, Response response, JsonNode prompt) {
        ExampleVerdict grade(Judgments judgments, ChatJudge judge) {
            return ExampleGrading.grade(idField, id, rubric, response, judgments.of(id), judge,
                    judge == null || response == null ? null : conversation());
        }

        /** as simple-evals shows it to its grader: each turn as "role: content", the response last */
        private String conversation() {
            List<String> turns = new ArrayList<>();
            if (prompt != null) {
                prompt.forEach(m -> turns.add(m.path("role").asString("user") + ": " + m.path("content").asString("")));
            }
            turns.add("assistant: " + response.text());
            return String.join("\n\n", turns);
        }
    }

    private List<Example> examples(Judgments judgments) {
        List<Example> examples = new ArrayList<>();
        if (rubrics.healthBenchRecords()) {
            for (Rubric rubric : rubrics.all()) {
                examples.add(new Example("prompt_id", rubric.id(), rubric, responses.get(rubric.id()),
                        rubrics.prompts().get(rubric.id())));
            }
            return examples;
        }
        Set<String> ids = new LinkedHashSet<>(responses.keySet());
        ids.addAll(judgments.byExample().keySet());
        for (String id : ids) {
            Rubric rubric = judgments.rubricOf().containsKey(id) ? judgments.rubricOf().get(id) : rubricOf(id, null);
            examples.add(new Example("id", id, rubric, responses.get(id), null));
        }
        return examples;
    }
}
