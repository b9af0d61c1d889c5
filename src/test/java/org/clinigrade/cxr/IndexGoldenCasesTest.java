package org.clinigrade.cxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinigrade.CaseFiles;
import org.clinigrade.engine.RuleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every golden case in {@code testcases/indices/<task>/*.json}: CheXStruct columns in; the rounded index, label,
 * decision, accepted answers and exclusion worked out from the published definition expected out.
 */
class IndexGoldenCasesTest {

    static final Path CASES = Path.of("testcases", "indices");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final IndexCatalog CATALOG = IndexCatalog.bundled();
    /** the same rules compiled from source, as an author's --rules-dir would be */
    private static final IndexCatalog FROM_SOURCE = IndexCatalog.load(null, RuleLibrary.trusted(Path.of("rules")));

    static Stream<Arguments> cases() throws IOException {
        return CaseFiles.under(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gives_what_the_definition_gives(String name, Path file) throws IOException {
        JsonNode golden = JSON.readTree(file.toFile());
        String task = file.getParent().getFileName().toString();
        CxrIndex index = CATALOG.find(task).orElseThrow(() -> new AssertionError("no index " + task + " for " + name));
        IndexResult result = index.evaluate(golden.get("input"));
        JsonNode expected = golden.get("expected");
        String why = name + ": " + golden.path("description").asString("") + "\nsteps: " + result.steps();
        if (expected.get("value").isNull()) {
            assertEquals(null, result.value(), why);
        } else {
            assertEquals(expected.get("value").doubleValue(), result.value(), 1e-12, why);
        }
        assertEquals(expected.get("label").isNull() ? null : expected.get("label").intValue(), result.label(), why);
        assertEquals(expected.get("decision").isNull() ? null : expected.get("decision").stringValue(), result.decision(),
                why);
        List<String> accepted = new ArrayList<>();
        expected.get("accepted_answers").forEach(answer -> accepted.add(answer.stringValue()));
        assertEquals(accepted, result.accepted(), why);
        assertEquals(expected.get("excluded").booleanValue(), result.excluded(), why);
        assertEquals(FROM_SOURCE.find(task).orElseThrow().evaluate(golden.get("input")), result,
                "rules precompiled at build time and compiled from source give the same result and steps");
    }

    @Test
    void every_index_has_at_least_six_golden_cases() throws IOException {
        assertEquals(12, CATALOG.all().size());
        for (CxrIndex index : CATALOG.all()) {
            Path folder = CASES.resolve(index.definition().id());
            long count = CaseFiles.count(folder);
            assertTrue(count >= 6, index.definition().id() + " has " + count + " golden cases, expected at least 6");
        }
    }
}
