package org.clinigrade.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.calc.Calculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** find_calculators on clinical phrasings: testcases/mcp/discovery.tsv, each expected calculator in the top 3. */
class DiscoveryTest {

    private static final List<CalculatorDefinition> DEFINITIONS = CalculatorCatalog.bundled().all().stream()
            .map(Calculator::definition).toList();
    private static final ClinicalTerms TERMS = ClinicalTerms.bundled();
    private static final CalculatorIndex INDEX = new CalculatorIndex(DEFINITIONS, TERMS);

    static Stream<Arguments> phrasings() throws IOException {
        return Files.readAllLines(Path.of("testcases/mcp/discovery.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("phrasing\t") && !line.isBlank())
                .map(line -> line.split("\t"))
                .map(columns -> Arguments.of(columns[0], Arrays.asList(columns[1].split(","))));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @MethodSource("phrasings")
    void the_expected_calculators_are_in_the_top_three(String phrasing, List<String> expected) {
        List<CalculatorIndex.Match> top = INDEX.search(phrasing, 3);
        List<String> ids = top.stream().map(m -> m.definition().id()).toList();
        assertTrue(ids.containsAll(expected), () -> "top 3: " + INDEX.search(phrasing, 6).stream()
                .map(m -> m.definition().id() + " " + Math.round(m.score() * 100) / 100.0 + " (" + m.why() + ")").toList());
    }

    @Test
    void there_are_at_least_thirty_phrasings() throws IOException {
        assertTrue(phrasings().count() >= 30);
    }

    @ParameterizedTest(name = "\"{0}\" is not a title or a keyword")
    @MethodSource("phrasings")
    void a_phrasing_is_not_a_title_or_a_keyword(String phrasing, List<String> expected) {
        List<String> words = ClinicalTerms.folded(TERMS.words(phrasing));
        for (CalculatorDefinition definition : DEFINITIONS) {
            assertFalse(words.equals(ClinicalTerms.folded(TERMS.words(definition.title()))), definition.title());
            for (String keyword : definition.keywords()) {
                assertFalse(words.equals(ClinicalTerms.folded(TERMS.words(keyword))), definition.id() + ": " + keyword);
            }
        }
    }
}
