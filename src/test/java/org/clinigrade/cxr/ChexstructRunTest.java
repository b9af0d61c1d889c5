package org.clinigrade.cxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The sample CSVs reproduced row by row, and a changed label, index or column found and named. */
class ChexstructRunTest {

    private static final Path SAMPLES = Path.of("testcases", "chexstruct");
    private static final IndexCatalog CATALOG = IndexCatalog.bundled();

    @Test
    void every_sample_row_of_every_task_is_reproduced() throws IOException {
        ChexstructReport report = ChexstructRun.run(SAMPLES, CATALOG);
        assertEquals(0, report.disagreements(), report.toTable());
        assertEquals(0, report.invalidRows(), report.toTable());
        assertEquals(12, report.toJson().get("tasks").size());
        assertTrue(report.rows() >= 80, report.toTable());
    }

    @Test
    void a_label_changed_in_the_file_is_a_disagreement_naming_the_line_and_column(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cardiomegaly.csv");
        Files.writeString(file, "image_file,viewposition,heart_xmin,heart_xmax,heart_width,lung_xmin,lung_xmax,lung_width,"
                + "ctr,label\nimg-1,PA,100,199,99,0,200,200,0.495,0\nimg-2,PA,0,100,100,0,200,200,0.5,1\n");
        JsonNode json = ChexstructRun.run(folder, CATALOG).toJson();
        assertEquals(1, json.get("disagree").intValue());
        JsonNode disagreement = json.get("disagreements").get(0);
        assertEquals(2, disagreement.get("line").intValue());
        assertEquals("img-1", disagreement.get("image_file").stringValue());
        assertEquals("label", disagreement.get("columns").get(0).get("column").stringValue());
        assertEquals("0", disagreement.get("columns").get(0).get("file").stringValue());
        assertEquals("1", disagreement.get("columns").get(0).get("computed").stringValue());
    }

    @Test
    void an_index_or_width_that_differs_from_the_columns_is_a_disagreement(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mediastinal_widening.csv"), "image_file,viewposition,mediastinum_xmin,"
                + "mediastinum_xmax,mediastinum_width,lung_xmin,lung_xmax,lung_width,mcr,label\n"
                + "img-1,PA,0,50,51,0,200,200,0.2501,1\n");
        JsonNode columns = ChexstructRun.run(folder, CATALOG).toJson().get("disagreements").get(0).get("columns");
        assertEquals("mediastinum_width", columns.get(0).get("column").stringValue());
        assertEquals("mcr", columns.get(1).get("column").stringValue());
        assertEquals("0.25", columns.get(1).get("computed").stringValue());
    }

    @Test
    void a_row_that_cannot_be_read_is_invalid_and_a_file_of_no_task_is_skipped(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("rotation.csv"), "image_file,viewposition,distance_right,distance_left,ratio,label\n"
                + "img-1,PA,far,100,0.2,1\n");
        Files.writeString(folder.resolve("mask_number.csv"), "image_file,mask_count,label\nimg-1,80,1\n");
        ChexstructReport report = ChexstructRun.run(folder, CATALOG);
        assertEquals(1, report.invalidRows());
        assertTrue(report.toTable().contains("invalid: rotation.csv line 2 (img-1): distance_right: \"far\" is not a number"),
                report.toTable());
        assertEquals("mask_number.csv", report.toJson().get("skipped_files").get(0).stringValue());
    }

    @Test
    void a_malformed_file_names_the_file_and_line(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("inspiration.csv"), "image_file,viewposition,rib_position,label\n"
                + "img-1,PA,9,0\nimg-2,\"PA,8,1\n");
        IndexInputException e = assertThrows(IndexInputException.class, () -> ChexstructRun.run(folder, CATALOG));
        assertTrue(e.getMessage().matches(".*inspiration\\.csv: line \\d+: Missing closing quote.*"), e.getMessage());
    }
}
