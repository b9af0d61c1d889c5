package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricFilesTest {

    @Test
    void a_native_file_is_read_into_the_model_with_the_schemes_defaults() {
        RubricFiles.Rubrics rubrics = RubricFiles.read(Path.of("testcases/rubrics/tiered/warfarin-interaction.json"), false);
        assertFalse(rubrics.healthBenchRecords());
        assertTrue(rubrics.tiered());
        Rubric rubric = rubrics.all().get(0);
        assertEquals("warfarin-interaction", rubric.id());
        assertEquals(List.of("doi:10.1016/j.chest.2017.11.017"), rubric.references());
        Scheme.Tiered scheme = (Scheme.Tiered) rubric.scheme();
        assertEquals(2, scheme.maxLevel());
        assertEquals(new Scheme.Truncation(0.5, 0.5), scheme.truncation());
        assertEquals(new Scheme.Saturation(3.0, 2.0), scheme.saturation());
        Criterion pitfall = rubric.criterion("stop-warfarin").orElseThrow();
        assertEquals(Tier.PITFALL, pitfall.tier());
        assertTrue(pitfall.redLine() && pitfall.isHarm());
        assertEquals(new Check.Judge(), pitfall.check());
        assertEquals(new Check.MaxWords(300), rubric.criterion("length").orElseThrow().check());
        assertEquals(6, rubric.criterion("length").orElseThrow().index());
    }

    @Test
    void every_check_type_is_read(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checks.json");
        Files.writeString(file, """
                {"id": "checks", "title": "T", "scheme": {"name": "tiered", "weights": {"pitfall": 3}},
                 "criteria": [
                  {"id": "m", "text": "t", "tier": "essential", "tags": [], "check": {"type": "mentions", "phrases": ["INR"]}},
                  {"id": "p", "text": "t", "tier": "important", "tags": [], "check": {"type": "pattern", "regex": "\\\\bINR\\\\b"}},
                  {"id": "c", "text": "t", "tier": "essential", "tags": [], "check": {"type": "calculator", "calculator": "cha2ds2-vasc"}},
                  {"id": "t", "text": "t", "tier": "pitfall", "tags": [], "check": {"type": "calculator_threshold",
                   "calculator": "heart-score", "operator": ">=", "threshold": 4, "phrases": ["discharge"]}},
                  {"id": "j", "text": "t", "tier": "highlight", "tags": [], "check": {"type": "judge"}}]}
                """);
        Rubric rubric = RubricFiles.read(file, false).all().get(0);
        assertEquals(List.of(new Check.Mentions(List.of("INR")), new Check.Pattern("\\bINR\\b"),
                new Check.CalculatorValue("cha2ds2-vasc"),
                new Check.CalculatorThreshold("heart-score", ">=", 4, List.of("discharge")), new Check.Judge()),
                rubric.criteria().stream().map(Criterion::check).toList());
        Scheme.Tiered scheme = (Scheme.Tiered) rubric.scheme();
        assertEquals(Map.of(Tier.ESSENTIAL, 2.0, Tier.IMPORTANT, 1.0, Tier.HIGHLIGHT, 1.0, Tier.PITFALL, 3.0), scheme.weights());
        assertEquals(null, scheme.truncation());
    }

    @Test
    void healthbench_json_lines_are_records_numbered_from_zero(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, """
                {"prompt_id": "p1", "prompt": [], "example_tags": ["theme:hedging"], "rubrics": [{"criterion": "a", "points": 5, "tags": ["axis:accuracy"]}, {"criterion": "b", "points": -2, "tags": []}], "ideal_completions_data": null}
                {"prompt_id": "p2", "prompt": [], "example_tags": [], "rubrics": [{"criterion": "c", "points": 1, "tags": []}]}
                """);
        RubricFiles.Rubrics rubrics = RubricFiles.read(file, false);
        assertTrue(rubrics.healthBenchRecords());
        assertEquals(List.of("p1", "p2"), rubrics.all().stream().map(Rubric::id).toList());
        Rubric first = rubrics.byId().get("p1");
        assertEquals(List.of("theme:hedging"), first.tags());
        assertEquals("1", first.criteria().get(1).id());
        assertEquals(-2, first.criteria().get(1).points());
        assertEquals(file + ": line 2", rubrics.byId().get("p2").source());
    }

    @Test
    void a_folder_is_read_in_the_order_of_the_numbers_in_its_names() {
        assertTrue(RubricFiles.compareNames("example_2.json", "example_10.json") < 0);
        assertTrue(RubricFiles.compareNames("example_10.json", "example_9.json") > 0);
        assertTrue(RubricFiles.compareNames("a.json", "b.json") < 0);
        assertEquals(0, RubricFiles.compareNames("x1.json", "x1.json"));
    }
}
