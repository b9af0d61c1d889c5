package org.clinigrade.medcalc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class PythonLiteralTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void reads_medcalc_bench_entities_as_json() {
        String literal = "{'age': [74, 'years'], 'sex': 'Male', 'Stroke': True, 'x': None, "
                + "'height': (5, 'ft', 9.5, 'in'), \"Congestive Heart Faliure\": False, 'creatinine': [-1.5e-1, 'µmol/L']}";

        assertEquals(JSON.readTree("{\"age\": [74, \"years\"], \"sex\": \"Male\", \"Stroke\": true, \"x\": null,"
                + " \"height\": [5, \"ft\", 9.5, \"in\"], \"Congestive Heart Faliure\": false,"
                + " \"creatinine\": [-0.15, \"µmol/L\"]}"), PythonLiteral.parse(literal));
    }

    @Test
    void reads_escapes_and_the_other_quote_inside_strings() {
        assertEquals("it's \"x\"\n", PythonLiteral.parse("'it\\'s \"x\"\\n'").stringValue());
    }

    @Test
    void reads_empty_containers_and_trailing_commas() {
        assertEquals(JSON.readTree("{\"a\": [], \"b\": [1]}"), PythonLiteral.parse("{'a': [], 'b': [1,],}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{'a': 1", "{'a' 1}", "{'a': 1, 'a': 2}", "{a: 1}", "[1, 2", "'open", "__import__('os')", "{'a': 1} x", ""})
    void rejects_what_is_not_a_literal(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonLiteral.parse(text));
        assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
    }
}
