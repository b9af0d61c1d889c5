package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped rubrics grade the golden responses of testcases/rubrics/shipped as worked out by hand: the calculators'
 * values from their definitions, the phrases and their places read off the response text, the scores from the
 * published formulas.
 */
class ShippedRubricsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void af_anticoagulation() throws IOException {
        Map<String, JsonNode> v = grade("af-anticoagulation");
        // CHA2DS2-VASc: age ≥ 75 (2) + female (1) + hypertension (1) + diabetes (1) = 5; HAS-BLED: hypertension (1)
        // + age > 65 (1) + drugs (1) = 3. Positive points 5 + 3 + 8 + 4 + 2 = 22.
        String good = response("af-anticoagulation", "af-good");
        assertEquals(1.0, v.get("af-good").get("score").doubleValue(), "every positive criterion met: 22 / 22");
        assertEquals("states 5 at " + good.indexOf("5 and") + "; cha2ds2-vasc gives 5", evidence(v, "af-good", "states-cha2ds2-vasc"));
        assertEquals("states 3 at " + good.indexOf("3.") + "; has-bled gives 3", evidence(v, "af-good", "states-has-bled"));
        assertEquals("'DOAC' at " + good.indexOf("DOAC"), evidence(v, "af-good", "recommends-anticoagulation"));
        // aspirin alone (−10, a red line) and withholding for bleeding (−6, judged): 3 + 2 − 10 − 6 = −11; −11 / 22
        assertEquals(-0.5, v.get("af-aspirin").get("score").doubleValue());
        assertEquals(false, criterion(v, "af-aspirin", "states-cha2ds2-vasc").get("met").booleanValue(), "4 is not 5");
        assertEquals("aspirin-instead", v.get("af-aspirin").get("red_lines").get(0).get("id").stringValue());
    }

    @Test
    void chest_pain_heart() throws IOException {
        Map<String, JsonNode> v = grade("chest-pain-heart");
        // HEART: history moderately suspicious (1) + ECG non-specific (1) + age 45–64 (1) + 2 risk factors (1)
        // + troponin normal (0) = 4, at the moderate-risk threshold. Positive points 5 + 2 + 5 + 3 + 3 = 18.
        String observe = response("chest-pain-heart", "chest-observe");
        assertEquals(1.0, v.get("chest-observe").get("score").doubleValue());
        // the hand-written rules (rules/rubrics/chest-pain-heart.drl): 4 is Backus 2013's moderate group
        assertEquals("'moderate risk' at " + observe.indexOf("moderate") + " names the moderate-risk group of a HEART"
                + " score of 4", evidence(v, "chest-observe", "names-risk-group"));
        assertEquals("not stated; 'discharged' at " + observe.indexOf("discharged") + ", negated by 'should not'",
                evidence(v, "chest-observe", "discharge-at-moderate-risk"));
        assertEquals("'emergency department' at " + observe.indexOf("emergency"),
                evidence(v, "chest-observe", "emergency-care"));
        // discharge home at HEART 4 (−10, red line) and false reassurance (−5, judged): −15 / 18; "the risk is low"
        // names the wrong group
        String home = response("chest-pain-heart", "chest-home");
        assertEquals(-15.0 / 18, v.get("chest-home").get("score").doubleValue());
        assertEquals(false, criterion(v, "chest-home", "names-risk-group").get("met").booleanValue());
        assertEquals("'risk is low' at " + home.indexOf("risk is low") + " names the low-risk group, but a HEART score"
                + " of 4 is moderate risk", evidence(v, "chest-home", "names-risk-group"));
        assertEquals("'go home' at " + home.indexOf("go home"), evidence(v, "chest-home", "discharge-at-moderate-risk"));
        assertEquals("discharge-at-moderate-risk", v.get("chest-home").get("red_lines").get(0).get("id").stringValue());
    }

    @Test
    void sore_throat_antibiotics_tiered() throws IOException {
        Map<String, JsonNode> v = grade("sore-throat-antibiotics");
        // McIsaac 38.5 °C (1) + cough absent (1) + age 25 (0) = 2. E = 2 + 2, I = 2 + 2 (safety net judged 2),
        // H = 1, P = 0: (2·4 + 4 + 1 − 0) / (2·(2·2 + 1·2 + 1·1)) = 13/14; no cap or truncation reached
        assertEquals(13.0 / 14, v.get("throat-test").get("score").doubleValue());
        String test = response("sore-throat-antibiotics", "throat-test");
        assertEquals("'rapid strep test' at " + test.indexOf("rapid"), evidence(v, "throat-test", "test-before-antibiotics"),
                "the longer of two phrases starting together");
        assertEquals("does not apply: centor-mcisaac gives 2, not <= 1", evidence(v, "throat-test", "antibiotics-at-low-score"));
        // McIsaac 0: the test requirement does not apply (met, 2); amoxicillin at 0 is the pitfall (2), whose ratio
        // 2/2 > 0.5 truncates the important and highlight part: (2·4 − 2·2) / 14 = 4/14
        assertEquals(4.0 / 14, v.get("throat-amoxicillin").get("score").doubleValue());
        assertEquals(2, criterion(v, "throat-amoxicillin", "antibiotics-at-low-score").get("level").intValue());
    }

    private Map<String, JsonNode> grade(String rubric) throws IOException {
        String cases = "testcases/rubrics/shipped/" + rubric + "/";
        Path out = dir.resolve(rubric + ".jsonl");
        // a shipped rubric by its id: the bundled file
        CliRun run = CliRun.of("rubric", "grade", "--rubrics", rubric, "--judgments",
                cases + "judgments.jsonl", "--responses", cases + "responses.jsonl", "--judge", "by hand",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, JsonNode> verdicts = new HashMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode verdict = JSON.readTree(line);
            verdicts.put(verdict.get("id").stringValue(), verdict);
        }
        return verdicts;
    }

    private static String response(String rubric, String id) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("testcases/rubrics/shipped/" + rubric + "/responses.jsonl"));
        return lines.stream().map(JSON::readTree).filter(r -> r.get("id").stringValue().equals(id)).findFirst()
                .orElseThrow().get("response").stringValue();
    }

    private static JsonNode criterion(Map<String, JsonNode> verdicts, String id, String criterion) {
        for (JsonNode c : verdicts.get(id).get("criteria")) {
            if (c.get("id").stringValue().equals(criterion)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + criterion + " in " + id);
    }

    private static String evidence(Map<String, JsonNode> verdicts, String id, String criterion) {
        JsonNode c = criterion(verdicts, id, criterion);
        assertEquals("rule", c.get("source").stringValue(), criterion + " is decided by rules");
        return c.get("evidence").stringValue();
    }
}
