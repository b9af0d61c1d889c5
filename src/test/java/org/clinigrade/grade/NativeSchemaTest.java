package org.clinigrade.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinigrade.lines.InvalidRecordException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema of the native format and the reader agree on which records are well-formed. */
class NativeSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void schema_and_reader_accept_and_reject_the_same_lines() throws IOException {
        Schema schema;
        try (InputStream in = NativeFormat.class.getResourceAsStream("model-output.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(in));
        }
        List<String> lines = Files.readAllLines(Path.of("testcases/grading/native-records.jsonl"));
        lines.add("{\"id\": 7, \"answer\": {\"weeks\": 4, \"days\": 3}, \"steps\": [{\"name\": \"BMI\", \"value\": 22.4}]}");
        lines.add("{\"id\": \"x\", \"answer\": \"1\", \"steps\": [{\"name\": \"BMI\"}]}");
        lines.add("{\"answer\": \"1\"}");
        int checked = 0;
        for (String line : lines) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                continue;
            }
            if (node == null || node.isMissingNode()) {
                continue;
            }
            boolean schemaAccepts = schema.validate(node).isEmpty();
            boolean readerAccepts;
            try {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                new NativeFormat().read(bytes, 0, bytes.length, true);
                readerAccepts = true;
            } catch (InvalidRecordException e) {
                readerAccepts = false;
            }
            assertEquals(schemaAccepts, readerAccepts, line);
            checked++;
        }
        assertEquals(22, checked);
    }
}
