package org.clinigrade.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.calc.InvalidInputException;
import org.clinigrade.cxr.IndexCatalog;
import org.clinigrade.cxr.IndexInputException;
import org.clinigrade.engine.Calculation;
import org.clinigrade.engine.DefinitionFileException;
import org.clinigrade.engine.RuleCompilationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The tools the server offers for a catalog: {@code find_calculators}, {@code describe_calculator},
 * {@code calculate} and {@code grade_answer}; {@code find_rubrics} and {@code score_rubric}; and optionally one {@code calculate_<id>} tool per calculator (clients
 * cap how many tools they take, so that is not the default). A call never throws for what the client sent: bad
 * arguments come back as an error result that names the argument, as the command line's one-line message.
 */
public final class Toolbox {

    private static final String INSTRUCTIONS = "Clinical calculators run as published rules, with every step shown. "
            + "find_calculators finds one from a clinical description; describe_calculator lists its inputs with units; "
            + "calculate runs it on the entities you extracted (quantities as [value, \"unit\"]), so the arithmetic is "
            + "never done by hand; grade_answer grades a model's answer against a reference case; find_rubrics and "
            + "score_rubric score an open-ended answer against a weighted rubric, its deterministic criteria by rules.";

    private final CalculatorCatalog catalog;
    private final IndexCatalog indices;
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private CalculatorIndex index;
    private CalculatorIndex indexOfIndices;
    private final AtomicBoolean warming = new AtomicBoolean();

    private Toolbox(CalculatorCatalog catalog, IndexCatalog indices, boolean toolPerCalculator) {
        this.catalog = catalog;
        this.indices = indices;
        CalculateTool calculate = new CalculateTool(catalog, indices);
        add(new FindCalculatorsTool(catalog, indices, this::index, this::indexOfIndices));
        add(new DescribeCalculatorTool(catalog, indices));
        add(calculate);
        add(new GradeAnswerTool(catalog));
        add(new FindRubricsTool());
        add(new ScoreRubricTool());
        if (toolPerCalculator) {
            catalog.all().forEach(calculator -> add(new CalculatorTool(calculator, calculate.spec())));
        }
    }

    /** @param toolPerCalculator also one tool per calculator, each with the calculator's own input schema */
    public static Toolbox of(CalculatorCatalog catalog, boolean toolPerCalculator) {
        return of(catalog, IndexCatalog.bundled(), toolPerCalculator);
    }

    /** @param indices the chest X-ray indices, found and calculated like the calculators */
    public static Toolbox of(CalculatorCatalog catalog, IndexCatalog indices, boolean toolPerCalculator) {
        return new Toolbox(catalog, indices, toolPerCalculator);
    }

    /**
     * Loads the rule engine on a background thread of low priority, so that the first {@code calculate} does not
     * wait for it: the engine's classes and a first session are most of a first call's 0.4–0.5 s, and a client
     * seldom calls a tool the moment it has listed them. Reads nothing in and runs one calculator's rules over no
     * facts; what goes wrong is left for that calculator's first real call to report. Only the first call does
     * anything.
     *
     * @return the thread, started by the first call; null from later calls
     */
    public Thread warmUp() {
        if (warming.getAndSet(true)) {
            return null;
        }
        Thread thread = new Thread(() -> {
            if (catalog.all().isEmpty()) {
                return;
            }
            Calculator calculator = catalog.all().get(0);
            try {
                calculator.evaluate(JsonNodeFactory.instance.objectNode());
            } catch (RuntimeException e) {
                // missing inputs, as expected: the input reader is loaded now
            }
            try {
                calculator.rules().run(List.of(), new Calculation());
            } catch (RuntimeException e) {
                // a broken rule file: its first real call reports it
            }
        }, "clinigrade-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private void add(Tool tool) {
        tools.put(tool.spec().name(), tool);
    }

    /** reads every calculator file, so it is built when first searched, not when the server starts */
    private synchronized CalculatorIndex index() {
        if (index == null) {
            index = new CalculatorIndex(catalog.all().stream().map(Calculator::definition).toList(), ClinicalTerms.bundled());
        }
        return index;
    }

    private synchronized CalculatorIndex indexOfIndices() {
        if (indexOfIndices == null) {
            indexOfIndices = new CalculatorIndex(ClinicalTerms.bundled(),
                    indices.all().stream().map(i -> Searchable.of(i.definition())).toList());
        }
        return indexOfIndices;
    }

    public List<ToolSpec> specs() {
        return tools.values().stream().map(Tool::spec).toList();
    }

    public String instructions() {
        return INSTRUCTIONS;
    }

    /** @throws UnknownToolException if there is no tool of that name; nothing else */
    public void requireTool(String name) {
        if (!tools.containsKey(name)) {
            throw new UnknownToolException(name, new ArrayList<>(tools.keySet()));
        }
    }

    /**
     * Calls a tool. Bad arguments give an error result naming the argument; a broken calculator file or rule (from
     * {@code --calculators-dir}/{@code --rules-dir}) or a bug gives an error result that says so.
     *
     * @throws UnknownToolException if there is no tool of that name
     */
    public ToolResult call(String name, JsonNode arguments) {
        requireTool(name);
        try {
            return tools.get(name).call(arguments);
        } catch (InvalidInputException | IndexInputException e) {
            return ToolResult.error("invalid input: " + e.getMessage());
        } catch (DefinitionFileException | RuleCompilationException e) {
            return ToolResult.error("calculator error: " + e.getMessage());
        } catch (RuntimeException e) {
            // a bug: the client gets one line, the stack trace goes to the server's log (stderr)
            System.err.println("internal error in tool " + name + ":");
            e.printStackTrace(System.err);
            return ToolResult.error("internal error: " + e);
        }
    }
}
