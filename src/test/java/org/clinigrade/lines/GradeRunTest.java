package org.clinigrade.lines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grading loop, over a grader of its own that needs no calculator: each line's verdict is its text. */
class GradeRunTest {

    @TempDir
    static Path folder;

    /**
     * Grades a line that starts with '{' as its text and its length, and counts the lines it grades and the invalid
     * ones in a list of ids, so the order summaries merge in shows; anything else cannot be read.
     */
    private static final class Echo implements LineGrader<String, List<String>> {
        @Override
        public String read(byte[] line, int offset, int length) {
            String text = new String(line, offset, length, StandardCharsets.UTF_8);
            if (!text.startsWith("{")) {
                throw new InvalidRecordException(null, "not an object");
            }
            return text;
        }

        @Override
        public String id(String text) {
            return text;
        }

        @Override
        public void grade(String text, JsonBytes verdicts, List<String> summary) {
            if (text.equals("{fail}")) {
                throw new IllegalStateException("a grader's own failure");
            }
            verdicts.startObject().name("text").string(text).name("length").number(text.length()).endObject();
            summary.add(text);
        }

        @Override
        public void countInvalid(String id, String reason, List<String> summary) {
            summary.add("invalid: " + reason);
        }

        @Override
        public void writeInvalid(String id, long line, String reason, JsonBytes verdicts) {
            verdicts.startObject().name("id").string(id).name("line").number(line).name("reason").string(reason).endObject();
        }

        @Override
        public List<String> newSummary() {
            return new ArrayList<>();
        }

        @Override
        public void merge(List<String> whole, List<String> later) {
            whole.addAll(later);
        }
    }

    private static GradeRun.Outcome<List<String>> run(byte[] input, int threads, int chunkBytes, OutputStream out)
            throws IOException {
        Path file = Files.write(folder.resolve("lines-" + chunkBytes + "-" + threads + ".jsonl"), input);
        try (FileChannel channel = FileChannel.open(file)) {
            return new GradeRun<>(new Echo()).run(new LineChunks(channel, chunkBytes, 1 << 20), out, threads, graded -> { });
        }
    }

    private static byte[] grade(byte[] input, int threads, int chunkBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(input, threads, chunkBytes, out);
        return out.toByteArray();
    }

    @Test
    void verdicts_and_summary_are_the_same_on_one_thread_and_several() throws IOException {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(random.nextInt(20) == 0 ? "oops" : "{" + i + "-" + "é".repeat(random.nextInt(50)) + "}").append('\n');
        }
        byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        GradeRun.Outcome<List<String>> oneThread = run(input, 1, 16 * 1024, one);
        for (int threads : new int[] {2, 3}) {
            ByteArrayOutputStream several = new ByteArrayOutputStream();
            GradeRun.Outcome<List<String>> outcome = run(input, threads, 16 * 1024, several);
            assertArrayEquals(one.toByteArray(), several.toByteArray(), threads + " threads");
            assertEquals(oneThread.summary(), outcome.summary(), threads + " threads");
        }
        assertArrayEquals(one.toByteArray(), grade(input, 2, 1000), "chunks smaller than some lines");
        assertTrue(input.length > 4 * 16 * 1024, "several chunks of 16 KB");
        assertEquals(5000, oneThread.lines());
        assertEquals(5000, oneThread.summary().size());
    }

    @Test
    void a_last_line_without_newline_and_crlf_endings_are_lines_like_any_other() throws IOException {
        String input = "{\"a\": 1}\r\nnot json";
        String[] verdicts = new String(grade(input.getBytes(StandardCharsets.UTF_8), 1, 16 * 1024), StandardCharsets.UTF_8).split("\n");
        assertEquals(List.of("{\"text\":\"{\\\"a\\\": 1}\",\"length\":8}",
                "{\"id\":null,\"line\":2,\"reason\":\"not an object\"}"), List.of(verdicts));
    }

    @Test
    void a_grader_that_fails_gives_an_invalid_verdict_with_the_records_id_and_the_run_goes_on() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GradeRun.Outcome<List<String>> outcome = run("{a}\n{fail}\n  \n{b}\n".getBytes(StandardCharsets.UTF_8), 1, 1024, out);
        assertEquals(List.of("{\"text\":\"{a}\",\"length\":3}",
                "{\"id\":\"{fail}\",\"line\":2,\"reason\":\"internal error: java.lang.IllegalStateException: a grader's own failure\"}",
                "{\"id\":null,\"line\":3,\"reason\":\"empty line\"}", "{\"text\":\"{b}\",\"length\":3}"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(4, outcome.lines());
        assertEquals(2, outcome.invalid());
        assertEquals(GradeRun.SOME_RECORDS_INVALID, outcome.exitCode());
    }

    @Test
    void a_run_with_every_line_graded_exits_zero() throws IOException {
        GradeRun.Outcome<List<String>> outcome = run("{a}\n{b}\n".getBytes(StandardCharsets.UTF_8), 2, 1024,
                OutputStream.nullOutputStream());
        assertEquals(List.of("{a}", "{b}"), outcome.summary());
        assertEquals(0, outcome.invalid());
        assertEquals(GradeRun.ALL_GRADED, outcome.exitCode());
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
        String valid = "{\"a\": \"" + "x".repeat(200) + "\"}";
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
                    if (verdicts[i].contains("\"reason\"")) {
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
