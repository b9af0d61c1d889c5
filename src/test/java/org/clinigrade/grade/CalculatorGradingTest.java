package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinigrade.lines.GradeRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calculator grading through the grading loop: the same verdicts on any number of threads, invalid lines numbered. */
class CalculatorGradingTest {

    @TempDir
    static Path folder;

    private static String grade(String input, int threads) throws IOException {
        Path file = Files.writeString(folder.resolve("outputs-" + threads + ".jsonl"), input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NativeCasesTest.run().run(file, out, threads, graded -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verdicts_are_byte_identical_on_one_thread_and_several() throws IOException {
        String records = Files.readString(Path.of("testcases/grading/native-records.jsonl"));
        String input = records.repeat(400);
        assertTrue(input.length() > 2 * 1024 * 1024, "several chunks of 1 MB");
        String oneThread = grade(input, 1);
        assertArrayEquals(oneThread.getBytes(StandardCharsets.UTF_8), grade(input, 3).getBytes(StandardCharsets.UTF_8));
        assertEquals(400 * records.lines().count(), oneThread.lines().count());
    }

    @Test
    void a_line_that_cannot_be_read_is_an_invalid_record_named_after_its_line() throws IOException {
        String input = "{\"id\": \"a\", \"calculator\": \"bmi\", \"answer\": \"25\", \"reference\": {\"entities\": "
                + "{\"weight\": [80, \"kg\"], \"height\": [180, \"cm\"]}}}\r\nnot json";
        List<String> verdicts = grade(input, 1).lines().toList();
        assertEquals(2, verdicts.size());
        assertTrue(verdicts.get(0).contains("\"error_type\":\"correct\""), verdicts.get(0));
        assertTrue(verdicts.get(1).startsWith("{\"id\":\"line 2\",\"calculator\":null,"), verdicts.get(1));
        assertTrue(verdicts.get(1).contains("\"error_type\":\"invalid_record\",\"evidence\":{\"line\":2,"), verdicts.get(1));
    }

    @Test
    void a_label_the_record_gives_is_named_as_the_record_s() throws IOException {
        String input = "{\"id\": \"a\", \"calculator\": \"bmi\", \"answer\": \"25\", \"reference\": {\"entities\": "
                + "{\"weight\": [80, \"kg\"], \"height\": [180, \"cm\"]}, \"answer\": \"25\"}}";
        String verdict = grade(input, 1).strip();
        assertTrue(verdict.contains("\"expected\":{\"answer\":\"25\",\"labels\":\"record\"}"), verdict);
    }
}
