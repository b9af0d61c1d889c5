package org.clinigrade.rubric;

import java.util.Map;
import java.util.stream.Collectors;
import org.clinigrade.lines.JsonBytes;

/**
 * A graded response as one line of {@code verdicts.jsonl}: {@code {"prompt_id" or "id", "rubric"?, "score",
 * "tag_scores", "criteria": [{"index" or "id", "points" or "tier", "met" or "level", "source", "evidence"}],
 * "red_lines"}}, with {@code "undefined"} or {@code "missing"} saying why a score is null.
 */
public final class VerdictLine {

    private VerdictLine() {
    }

    /** writes the line, without its newline */
    public static void write(ExampleVerdict verdict, JsonBytes out) {
        boolean record = verdict.idField().equals("prompt_id");
        out.startObject().name(verdict.idField()).string(verdict.id());
        if (!record) {
            out.name("rubric").string(verdict.rubric().id());
        }
        out.name("score").number(verdict.score().score());
        if (verdict.score().undefined() != null) {
            out.name("undefined").string(verdict.score().undefined());
        }
        if (!verdict.complete()) {
            out.name("missing").string("no verdict for criteria " + verdict.missing().stream()
                    .map(Criterion::id).collect(Collectors.joining(", ")) + ": the score is not given");
        }
        out.name("tag_scores").startObject();
        for (Map.Entry<String, Double> tag : verdict.score().tagScores().entrySet()) {
            out.name(tag.getKey()).number(tag.getValue());
        }
        out.endObject().name("criteria").startArray();
        for (CriterionVerdict criterion : verdict.criteria()) {
            criterion(criterion, record, out);
        }
        out.endArray().name("red_lines").startArray();
        for (Criterion crossed : verdict.crossed()) {
            out.startObject().name(record ? "index" : "id");
            if (record) {
                out.number(crossed.index());
            } else {
                out.string(crossed.id());
            }
            out.name("text").string(crossed.text()).endObject();
        }
        out.endArray().endObject();
    }

    private static void criterion(CriterionVerdict verdict, boolean record, JsonBytes out) {
        Criterion criterion = verdict.criterion();
        out.startObject();
        if (record) {
            out.name("index").number(criterion.index());
        } else {
            out.name("id").string(criterion.id());
        }
        if (criterion.tier() != null) {
            out.name("tier").string(criterion.tier().label()).name("level");
            if (verdict.level() != null) {
                out.number(verdict.level());
            } else {
                out.string(null);
            }
        } else {
            out.name("points").number(criterion.points()).name("met");
            if (verdict.met() != null) {
                out.bool(verdict.met());
            } else {
                out.string(null);
            }
        }
        out.name("source").string(verdict.source()).name("evidence").string(verdict.evidence());
        if (verdict.reply() != null) {
            out.name("reply").string(verdict.reply());
        }
        out.endObject();
    }
}
