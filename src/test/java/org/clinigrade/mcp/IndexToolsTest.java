package org.clinigrade.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The chest X-ray indices through the tools: found by find_calculators, run by calculate, results fitting the schema. */
class IndexToolsTest {

    private static List<String> found(String query, int limit) {
        JsonNode matches = ToolboxTest.call("find_calculators", "{\"query\": \"" + query + "\", \"limit\": " + limit + "}")
                .structured().get("matches");
        List<String> ids = new ArrayList<>();
        matches.forEach(match -> ids.add(match.get("id").stringValue()));
        return ids;
    }

    @Test
    void heart_size_on_a_chest_x_ray_and_ctr_find_cardiomegaly_first() {
        assertEquals("cardiomegaly", found("heart size on chest x-ray", 5).get(0));
        assertEquals("cardiomegaly", found("CTR", 5).get(0));
        assertEquals("carina_angle", found("carina angle", 5).get(0));
        assertEquals("trachea_deviation", found("trachea_deviation", 5).get(0), "an index named by its id comes first");
    }

    @Test
    void every_clinical_phrasing_still_finds_its_calculators_in_the_top_three() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("testcases/mcp/discovery.tsv"))) {
            lines.filter(line -> !line.startsWith("#") && !line.startsWith("phrasing\t") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .forEach(columns -> assertTrue(found(columns[0], 3).containsAll(Arrays.asList(columns[1].split(","))),
                            columns[0] + ": " + found(columns[0], 6)));
        }
    }

    @Test
    void calculate_gives_the_label_decision_and_accepted_answers_in_its_structured_result() {
        ToolResult result = ToolboxTest.call("calculate", "{\"calculator\": \"cardiomegaly\", \"entities\":"
                + " {\"viewposition\": \"AP\", \"heart_xmin\": 0, \"heart_xmax\": 109, \"lung_xmin\": 0, \"lung_xmax\": 200}}");
        JsonNode json = result.structured();
        assertEquals(0.55, json.get("value").doubleValue());
        assertEquals(1, json.get("label").intValue());
        assertEquals("yes", json.get("decision").stringValue());
        assertEquals("[\"yes\",\"no\"]", json.get("accepted_answers").toString());
        assertTrue(result.text().contains("Index rounded as numpy rounds"), result.text());
    }

    @Test
    void an_excluded_case_and_a_task_without_an_index_fit_the_output_schema() {
        JsonNode excluded = ToolboxTest.call("calculate", "{\"calculator\": \"projection\", \"entities\":"
                + " {\"overlap_region_right\": 400, \"scapular_region_right\": 1000, \"overlap_region_left\": 100,"
                + " \"scapular_region_left\": 1000}}").structured();
        assertTrue(excluded.get("excluded").booleanValue());
        assertTrue(excluded.get("value").isNull());
        JsonNode trachea = ToolboxTest.call("calculate", "{\"calculator\": \"trachea_deviation\", \"entities\":"
                + " {\"direction_per_pnt\": [\"left\", \"left\", \"flat\"]}}").structured();
        assertEquals(1, trachea.get("label").intValue());
    }

    @Test
    void bad_columns_give_an_error_result_naming_the_column() {
        ToolResult result = ToolboxTest.call("calculate", "{\"calculator\": \"rotation\", \"entities\": {\"distance_right\": 3}}");
        assertTrue(result.error());
        assertEquals("invalid input: distance_left: missing (expected a number)", result.text());
    }

    @Test
    void describe_calculator_gives_an_index_s_columns_as_its_input_schema() {
        JsonNode json = ToolboxTest.call("describe_calculator", "{\"calculator\": \"carina_angle\"}").structured();
        assertEquals("chest-x-ray", json.get("category").stringValue());
        assertEquals("[\"point_1\",\"point_2\",\"point_3\"]", json.get("input_schema").get("required").toString());
        assertEquals("yes_no", json.get("output").get("type").stringValue());
        assertEquals("°", json.get("output").get("unit").stringValue());
    }
}
