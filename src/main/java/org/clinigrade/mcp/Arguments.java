package org.clinigrade.mcp;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.calc.JsonSchemas;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call's arguments, checked against the tool's declared input schema, so what a client is told is what is
 * enforced. A violation is an {@link InvalidInputException} naming the argument and what its schema expects.
 */
final class Arguments {

    /** a client learns more from the first few problems than from a long list */
    private static final int REPORTED = 3;
    /** networknt's message for a value of the wrong JSON type */
    private static final Pattern TYPE = Pattern.compile("(\\w+) found, (.+) expected");

    private final ObjectNode values;

    private Arguments(ObjectNode values) {
        this.values = values;
    }

    /**
     * @param spec  the tool, for what each argument expects
     * @param input its input schema, compiled
     */
    static Arguments check(ToolSpec spec, Schema input, JsonNode arguments) {
        JsonNode given = arguments == null || arguments.isNull() || arguments.isMissingNode()
                ? JsonNodeFactory.instance.objectNode() : arguments;
        List<Error> errors = input.validate(given);
        if (!errors.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (Error error : errors) {
                String name = JsonSchemas.location(error).replaceFirst("^/", "");
                problems.merge(name.isEmpty() ? "arguments" : name, problem(spec, name, error), Arguments::either);
            }
            throw new InvalidInputException(problems.entrySet().stream().limit(REPORTED)
                    .map(e -> new InvalidInputException.Problem(e.getKey(), e.getValue())).toList());
        }
        return new Arguments((ObjectNode) given);
    }

    /** what is wrong with one argument, with what a missing one should be */
    private static String problem(ToolSpec spec, String name, Error error) {
        if (error.getKeyword().equals("required")) {
            String expected = spec.inputSchema().path("properties").path(name).path("description").asString("");
            return "missing" + (expected.isEmpty() ? "" : " (expected " + expected + ")");
        }
        return error.getMessage();
    }

    /** two problems with one argument: the branches of an anyOf of types read as one ("boolean found, string or integer expected") */
    private static String either(String one, String other) {
        Matcher a = TYPE.matcher(one);
        Matcher b = TYPE.matcher(other);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1))) {
            return a.group(1) + " found, " + a.group(2) + " or " + b.group(2) + " expected";
        }
        return one + "; " + other;
    }

    /** an argument, or null if it is absent or null */
    JsonNode get(String name) {
        JsonNode value = values.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** the chest X-ray index the {@code calculator} argument names, if it names one and no calculator */
    Optional<CxrIndex> index(CalculatorCatalog catalog, IndexCatalog indices) {
        String id = values.get("calculator").asString();
        return catalog.find(id).isPresent() ? Optional.empty() : indices.find(id);
    }

    /** the {@code calculator} argument, an id or a MedCalc-Bench ID given as text or a number */
    Calculator calculator(CalculatorCatalog catalog) {
        return catalog.require(values.get("calculator").asString(), "find_calculators searches them by description");
    }
}
