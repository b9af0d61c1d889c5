package org.clinigrade.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clinigrade.engine.facts.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DrlTemplateTest {

    private static final String HEADER = """
            package clinigrade.test.template;
            import org.clinigrade.engine.facts.Quantity;
            global org.clinigrade.engine.Calculation result;
            """;

    /** a string in every place data goes: the rule name, a constraint, the consequence */
    private static final DrlTemplate PROBE = DrlTemplate.parse("probe.drlt", """
            // a rule that scores a named quantity
            @template probe
            rule {{rule:string}}
            when
                Quantity(name == {{name:string}}, $v : value {{operator:operator}} {{limit:number}})
            then
                result.points(drools, $v, {{detail:string}});
            end
            """).get("probe");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "\"); System.exit(1); //",
            "\"; end rule \"x\" when then System.exit(1); end //",
            "java.lang.Runtime.getRuntime().halt(1)",
            "line one\nline two\r\n\tthree",
            "${System.exit(1)} @{x} #{y} $v",
            "\\u0022); System.exit(1); //",
            "\\\\u0022 \\\" \\n \\",
            "unicode ≥ – °C µmol/L \u2028 \u2029 \ufeff",
            "*/ /* // end"})
    void a_hostile_string_arrives_verbatim_as_data_and_nothing_runs(String hostile) {
        Drl rule = PROBE.fill(Map.of("rule", hostile, "name", hostile, "operator", ">=", "limit", 2.5,
                "detail", hostile));
        RuleSet rules = RuleSet.compile(List.of(new RuleSource("probe.drl", "probe.drl", HEADER + rule.text(), Trust.GENERATED)));
        Calculation calculation = new Calculation();

        rules.run(List.of(new Quantity(hostile, 3), new Quantity("other", 3)), calculation);

        Step step = calculation.steps().get(0);
        assertEquals(1, calculation.steps().size());
        assertEquals(hostile, step.name());
        assertEquals(hostile, step.detail());
        assertEquals(3.0, step.value());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x1b, 0x1f, 0x7f})
    void a_control_character_is_refused_naming_the_slot(int control) {
        String text = "a" + (char) control + "z";
        TemplateSlotException e = assertThrows(TemplateSlotException.class,
                () -> PROBE.fill(Map.of("rule", "r", "name", "n", "operator", "<", "limit", 1, "detail", text)));
        assertTrue(e.getMessage().contains("slot detail takes no control character"), e.getMessage());
    }

    @Test
    void a_number_is_written_the_same_in_every_locale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            DrlTemplate number = DrlTemplate.of("n", "{{x:number}} {{y:number}} {{z:number}}");
            assertEquals("38.5 100000000 -0.001", number.fill(Map.of("x", 38.5, "y", 1e8, "z", -0.001)).text());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void a_number_that_is_not_finite_is_refused_naming_the_slot() {
        TemplateSlotException e = assertThrows(TemplateSlotException.class,
                () -> PROBE.fill(Map.of("rule", "r", "name", "n", "operator", "<", "limit", Double.NaN, "detail", "d")));
        assertTrue(e.getMessage().contains("slot limit takes a finite number"), e.getMessage());
    }

    @Test
    void a_string_in_a_number_slot_is_refused_naming_the_slot() {
        TemplateSlotException e = assertThrows(TemplateSlotException.class,
                () -> PROBE.fill(Map.of("rule", "r", "name", "n", "operator", "<", "limit", "1) || true", "detail", "d")));
        assertTrue(e.getMessage().contains("slot limit takes a finite number, not '1) || true'"), e.getMessage());
    }

    @Test
    void an_operator_outside_the_fixed_set_is_refused_naming_the_slot() {
        TemplateSlotException e = assertThrows(TemplateSlotException.class,
                () -> PROBE.fill(Map.of("rule", "r", "name", "n", "operator", "< 1 ||", "limit", 1, "detail", "d")));
        assertTrue(e.getMessage().contains("slot operator takes one of"), e.getMessage());
    }

    @Test
    void an_identifier_must_be_lower_case_letters_digits_and_underscores() {
        DrlTemplate binding = DrlTemplate.of("b", "${{name:identifier}} : value");
        assertEquals("$pf_ratio : value", binding.fill(Map.of("name", "pf_ratio")).text());
        TemplateSlotException e = assertThrows(TemplateSlotException.class,
                () -> binding.fill(Map.of("name", "x : value) or eval(true")));
        assertTrue(e.getMessage().contains("slot name takes an identifier"), e.getMessage());
    }

    @Test
    void a_fragment_slot_takes_only_filled_templates_never_a_string() {
        DrlTemplate outer = DrlTemplate.of("outer", "when{{conditions:drls}}");
        TemplateSlotException e = assertThrows(TemplateSlotException.class,
                () -> outer.fill(Map.of("conditions", List.of("eval(true)"))));
        assertTrue(e.getMessage().contains("slot conditions takes a list of filled templates"), e.getMessage());
    }

    @Test
    void a_slot_left_empty_or_unknown_is_refused_naming_it() {
        assertTrue(assertThrows(TemplateSlotException.class, () -> PROBE.fill(Map.of("rule", "r")))
                .getMessage().contains("slot name is not filled"));
        assertTrue(assertThrows(TemplateSlotException.class, () -> DrlTemplate.of("t", "x").fill(Map.of("y", 1)))
                .getMessage().contains("no slot y"));
    }

    @Test
    void a_slot_of_an_unknown_type_is_a_template_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DrlTemplate.of("t", "{{x:raw}}"));
        assertTrue(e.getMessage().contains("unknown slot type raw"), e.getMessage());
    }

    @Test
    void the_answer_quantity_is_recorded_as_the_answer_unrounded() {
        DrlTemplate gap = DrlTemplate.of("gap", """
                rule "Gap"
                when
                    Quantity(name == "a", $a : value)
                then
                    insert(result.derive(drools, {{quantity:string}}, $a / 3, "a / 3"));
                end
                """);
        RuleSet rules = RuleSet.compile(List.of(new RuleSource("gap.drl", "gap.drl",
                HEADER + gap.fill(Map.of("quantity", "gap")).text(), Trust.GENERATED)));
        Calculation answering = new Calculation("gap");
        Calculation deriving = new Calculation();

        rules.run(List.of(new Quantity("a", 1)), answering);
        rules.run(List.of(new Quantity("a", 1)), deriving);

        assertEquals(new Step("Gap", "a / 3", 1.0 / 3, Step.Kind.ANSWER), answering.steps().get(0));
        assertEquals(new Answer.Number(1.0 / 3), answering.answer());
        assertEquals(new Step("Gap", "a / 3", 0.3333333333, Step.Kind.DERIVED), deriving.steps().get(0));
        assertEquals(null, deriving.answer());
    }
}
