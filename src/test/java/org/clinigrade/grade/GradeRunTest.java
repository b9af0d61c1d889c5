package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeRunTest {

    @TempDir
    static Path folder;

    private static byte[] grade(byte[] input, int threads, int chunkBytes) throws IOException {
        Path file = Files.write(folder.resolve("outputs-" + chunkBytes + ".jsonl"), input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FileChannel channel = FileChannel.open(file)) {
            NativeCasesTest.run().run(new LineChunks(channel, chunkBytes, 1 << 20), out, threads, graded -> { });
        }
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
        byte[] oneThread = grade(input, 1, 16 * 1024);
        assertArrayEquals(oneThread, grade(input, 3, 16 * 1024));
        assertArrayEquals(oneThread, grade(input, 2, 1000), "chunks smaller than some lines");
        long lines = new String(records, StandardCharsets.UTF_8).lines().count();
        assertTrue(input.length > 4 * 16 * 1024, "several chunks of 16 KB");
        assertEquals(100 * lines, new String(oneThread, StandardCharsets.UTF_8).split("\n").length);
    }

    @Test
    void a_last_line_without_newline_and_crlf_endings_are_lines_like_any_other() throws IOException {
        String input = "{\"id\": \"a\", \"calculator\": \"bmi\", \"answer\": \"25\", \"reference\": {\"entities\": "
                + "{\"weight\": [80, \"kg\"], \"height\": [180, \"cm\"]}}}\r\nnot json";
        String[] verdicts = new String(grade(input.getBytes(StandardCharsets.UTF_8), 1, 16 * 1024), StandardCharsets.UTF_8).split("\n");
        assertEquals(2, verdicts.length);
        assertTrue(verdicts[0].contains("\"error_type\":\"correct\""), verdicts[0]);
        assertTrue(verdicts[1].contains("\"invalid_record\""), verdicts[1]);
    }

    @Test
    void an_oversize_line_is_marked_and_skipped_without_reading_it_whole() throws IOException {
        byte[] input = ("{}\n" + "x".repeat(5000) + "\n[]\n" + "y".repeat(1001) + "\n" + "z".repeat(3000))
                .getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of("1 {}", "2 (oversize)", "3 []", "4 (oversize)", "5 (oversize)");
        for (int chunkBytes : new int[] {1, 10, 2000, 1 << 20}) {
            assertEquals(expected, lines(chunks(input, chunkBytes, 1000)), "chunks of " + chunkBytes);
        }
    }

    @Test
    void lines_come_out_whole_and_numbered_whatever_the_chunk_size() throws IOException {
        Random random = new Random(7);
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            String line = "l" + i + "-" + "abc\"\\é".repeat(random.nextInt(40));
            expected.add(i + " " + line);
            input.append(line).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        for (int chunkBytes : new int[] {1, 7, 64, 1000, 1 << 20}) {
            assertEquals(expected, lines(chunks(bytes, chunkBytes, 1 << 20)), "chunks of " + chunkBytes + " bytes");
        }
    }

    @Test
    void invalid_lines_are_numbered_across_chunks_and_threads() throws IOException {
        StringBuilder input = new StringBuilder();
        Random random = new Random(11);
        List<Integer> invalid = new ArrayList<>();
        byte[] records = Files.readAllBytes(Path.of("testcases/grading/native-records.jsonl"));
        String valid = new String(records, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        for (int i = 1; i <= 400; i++) {
            if (random.nextInt(5) == 0) {
                input.append("not json ").append("x".repeat(random.nextInt(300)));
                invalid.add(i);
            } else if (random.nextInt(10) == 0) {
                input.append("  ");
                invalid.add(i);
            } else {
                input.append(valid);
            }
            input.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        for (int chunkBytes : new int[] {1, 97, 4096, 1 << 20}) {
            for (int threads : new int[] {1, 3}) {
                String[] verdicts = new String(grade(bytes, threads, chunkBytes), StandardCharsets.UTF_8).split("\n");
                assertEquals(400, verdicts.length);
                List<Integer> numbered = new ArrayList<>();
                for (int i = 0; i < verdicts.length; i++) {
                    if (verdicts[i].contains("\"invalid_record\"")) {
                        assertTrue(verdicts[i].contains("\"id\":\"line " + (i + 1) + "\""), verdicts[i]);
                        assertTrue(verdicts[i].contains("\"line\":" + (i + 1) + ","), verdicts[i]);
                        numbered.add(i + 1);
                    }
                }
                assertEquals(invalid, numbered, chunkBytes + " bytes a chunk, " + threads + " threads");
            }
        }
    }

    private static LineChunks chunks(byte[] input, int chunkBytes, int maxLineBytes) throws IOException {
        Path file = Files.write(folder.resolve("lines-" + chunkBytes + ".jsonl"), input);
        return new LineChunks(FileChannel.open(file), chunkBytes, maxLineBytes);
    }

    /** "number text" for every line, in order, across chunks, numbered by counting them as the writer does */
    private static List<String> lines(LineChunks chunks) throws IOException {
        List<String> lines = new ArrayList<>();
        int k = 0;
        for (LineChunks.Chunk chunk = chunks.chunk(k); chunk != null; chunk = chunks.chunk(++k)) {
            for (int start = chunk.from(); start < chunk.end(); ) {
                int end = LineChunks.contentEnd(chunk.data(), start, chunk.end());
                lines.add((lines.size() + 1) + " " + (end - start > chunks.maxLineBytes() ? "(oversize)"
                        : new String(chunk.data(), start, end - start, StandardCharsets.UTF_8)));
                start = LineChunks.nextLine(chunk.data(), end, chunk.end());
            }
            if (chunk.oversizeLast()) {
                lines.add((lines.size() + 1) + " (oversize)");
            }
        }
        return lines;
    }
}
