package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GradeRunTest {

    private static byte[] grade(byte[] input, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NativeCasesTest.run().run(new ByteArrayInputStream(input), out, threads, graded -> { });
        return out.toByteArray();
    }

    @Test
    void verdicts_are_byte_identical_on_one_thread_and_several() throws IOException {
        byte[] records = Files.readAllBytes(Path.of("testcases/grading/native-records.jsonl"));
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int i = 0; i < 100; i++) {
            repeated.writeBytes(records);
        }
        byte[] input = repeated.toByteArray();
        byte[] oneThread = grade(input, 1);
        assertArrayEquals(oneThread, grade(input, 3));
        assertEquals(1700, new String(oneThread, StandardCharsets.UTF_8).split("\n").length, "several chunks of 512 lines");
    }

    @Test
    void a_last_line_without_newline_and_crlf_endings_are_lines_like_any_other() throws IOException {
        String input = "{\"id\": \"a\", \"calculator\": \"bmi\", \"answer\": \"25\", \"reference\": {\"entities\": "
                + "{\"weight\": [80, \"kg\"], \"height\": [180, \"cm\"]}}}\r\nnot json";
        String[] verdicts = new String(grade(input.getBytes(StandardCharsets.UTF_8), 1), StandardCharsets.UTF_8).split("\n");
        assertEquals(2, verdicts.length);
        assertTrue(verdicts[0].contains("\"error_type\":\"correct\""), verdicts[0]);
        assertTrue(verdicts[1].contains("\"invalid_record\""), verdicts[1]);
    }

    @Test
    void an_oversize_line_is_marked_and_skipped_without_reading_it_whole() throws IOException {
        byte[] input = ("x".repeat(5000) + "\n{}\n").getBytes(StandardCharsets.UTF_8);
        LineChunks chunks = new LineChunks(new ByteArrayInputStream(input), 10, 1000);
        LineChunks.Chunk chunk = chunks.next();
        assertEquals(2, chunk.size());
        assertTrue(chunk.oversize(0));
        assertEquals(2, chunk.length(1));
        assertNull(chunks.next());
    }
}
