package org.clinigrade.cxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each kind of bad input names the column at fault and what was expected, in one message; never a crash. */
class IndexInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final IndexCatalog CATALOG = IndexCatalog.bundled();

    private static String fault(String task, String input) {
        JsonNode row = JSON.readTree(input);
        return assertThrows(IndexInputException.class, () -> CATALOG.find(task).orElseThrow().evaluate(row)).getMessage();
    }

    @Test
    void a_missing_column_is_named_with_what_it_expects() {
        assertEquals("lung_xmax: missing (expected a number of 0 or more)",
                fault("cardiomegaly", "{\"viewposition\": \"PA\", \"heart_xmin\": 1, \"heart_xmax\": 9, \"lung_xmin\": 0}"));
    }

    @Test
    void a_point_that_is_not_two_numbers_is_named() {
        assertEquals("point_2: [3] is not a point [x, y] of two whole numbers of 0 or more",
                fault("carina_angle", "{\"point_1\": [1, 2], \"point_2\": [3], \"point_3\": \"[5, 6]\"}"));
        assertEquals("point_3: \"[5, x]\" is not a point [x, y] of two whole numbers of 0 or more",
                fault("carina_angle", "{\"point_1\": [1, 2], \"point_2\": [3, 4], \"point_3\": \"[5, x]\"}"));
        assertEquals("point_1: \"(1.5, 2)\" is not whole (expected a point [x, y] of two whole numbers of 0 or more)",
                fault("carina_angle", "{\"point_1\": \"(1.5, 2)\", \"point_2\": [3, 4], \"point_3\": [5, 6]}"));
    }

    @Test
    void a_width_of_zero_or_less_names_the_column() {
        assertEquals("heart_xmax: 100 is not right of heart_xmin 100: the width 0 must be greater than 0"
                        + " (Maximal cardiac width)",
                fault("cardiomegaly", "{\"viewposition\": \"PA\", \"heart_xmin\": 100, \"heart_xmax\": 100,"
                        + " \"lung_xmin\": 0, \"lung_xmax\": 200}"));
        assertEquals("trachea_width: 0 must be greater than 0 (Aortic knob to trachea ratio)",
                fault("aortic_knob_enlargement", "{\"aortic_knob_xmin\": 1, \"aortic_knob_xmax\": 90, \"trachea_width\": 0}"));
        assertEquals("scapular_region_left: 0 must be greater than 0 (Left scapula overlap ratio)",
                fault("projection", "{\"overlap_region_right\": 1, \"scapular_region_right\": 9,"
                        + " \"overlap_region_left\": 0, \"scapular_region_left\": 0}"));
    }

    @Test
    void a_view_that_is_not_a_string_is_named() {
        assertEquals("viewposition: 1 is not a string (expected the view position as a string, e.g. \"PA\" or \"AP\")",
                fault("mediastinal_widening", "{\"viewposition\": 1, \"mediastinum_xmin\": 1, \"mediastinum_xmax\": 9,"
                        + " \"lung_xmin\": 0, \"lung_xmax\": 20}"));
    }

    @Test
    void a_negative_coordinate_is_named_where_the_pipeline_forbids_it() {
        assertEquals("heart_xmin: -3 is below 0 (expected a number of 0 or more)",
                fault("cardiomegaly", "{\"viewposition\": \"PA\", \"heart_xmin\": -3, \"heart_xmax\": 9,"
                        + " \"lung_xmin\": 0, \"lung_xmax\": 20}"));
        assertEquals("desc_aorta_point_left: \"(-600, 700)\" is below 0 (expected a point [x, y] of two whole numbers of 0"
                        + " or more)",
                fault("descending_aorta_enlargement", "{\"desc_aorta_point_left\": \"(-600, 700)\","
                        + " \"desc_aorta_point_right\": [700, 700], \"trachea_width\": 40}"));
    }

    @Test
    void a_label_outside_the_list_is_named() {
        assertEquals("direction_per_pnt: \"['flat' 'up']\" is not a list of labels, each one of flat, left, right",
                fault("trachea_deviation", "{\"direction_per_pnt\": \"['flat' 'up']\"}"));
    }

    @Test
    void every_fault_is_in_the_one_message_and_a_row_must_be_an_object() {
        assertEquals("distance_right: \"far\" is not a number; distance_left: missing (expected a number)",
                fault("rotation", "{\"distance_right\": \"far\"}"));
        assertEquals("input: expected a JSON object of CheXStruct columns", fault("rotation", "[1, 2]"));
    }

    @Test
    void coincident_carina_points_leave_the_angle_undefined() {
        assertEquals("point_1: is the carina point_2 itself, so the angle is undefined (Carina angle)",
                fault("carina_angle", "{\"point_1\": [3, 4], \"point_2\": [3, 4], \"point_3\": [5, 6]}"));
    }
}
