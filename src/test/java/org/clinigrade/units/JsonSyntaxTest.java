package org.clinigrade.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The parser's messages, for each kind of malformed JSON, in plain words with the place. */
class JsonSyntaxTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'a': NaN}                 | ` at line 1, column 10` | 'NaN' is not a JSON number (write a finite number, or leave the field out)",
        "{'a': 1} x                 | ` at line 1, column 10` | unexpected 'x' (expected a string in double quotes, a number, an array, an object, true, false or null)",
        "{'a': 1                    | ` at line 1, column 8`  | the text ends before the JSON does (a closing } or ] or \" is missing)",
        "{'a': 1, 'a': 2}           | ` at line 1, column 13` | \"a\" is given twice",
        "{'a': 1} {}                | ` at line 1, column 10` | more text after the JSON value (one value per file; one object per line in JSON Lines)",
    })
    void says_what_is_wrong_and_where(String json, String where, String problem) {
        JacksonException e = assertThrows(JacksonException.class, () -> JSON.readTree(json.replace('\'', '"')));

        assertEquals(problem, JsonSyntax.problem(e));
        assertEquals(where, JsonSyntax.where(e));
    }

    @org.junit.jupiter.api.Test
    void a_single_quoted_string_is_told_to_use_double_quotes() {
        JacksonException e = assertThrows(JacksonException.class, () -> JSON.readTree("{\"a\": 'x'}"));

        assertEquals("unexpected character ''' (JSON strings are written in double quotes)", JsonSyntax.problem(e));
    }

    @org.junit.jupiter.api.Test
    void limits_are_said_without_the_parser_s_settings() {
        JacksonException e = assertThrows(JacksonException.class,
                () -> JSON.readTree("{\"a\": 1" + "2".repeat(1500) + "}"));

        assertEquals("a number of 1501 characters (at most 1000)", JsonSyntax.problem(e));
    }

    @org.junit.jupiter.api.Test
    void no_message_names_the_parser_s_features_or_source() {
        for (String bad : new String[] {"{\"a\": Infinity}", "{\"a\": \"x\n\"}", "[1, 2", "{\"a\" 1}", "{\"a\": tru}"}) {
            JacksonException e = assertThrows(JacksonException.class, () -> JSON.readTree(bad));
            String problem = JsonSyntax.problem(e);
            assertFalse(problem.contains("`") || problem.contains("Source") || problem.contains("jackson")
                    || problem.contains("Feature"), bad + " → " + problem);
        }
    }
}
