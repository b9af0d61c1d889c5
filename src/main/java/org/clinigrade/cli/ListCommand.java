package org.clinigrade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorDefinition;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "list", mixinStandardHelpOptions = true, header = "List the calculators.",
        description = "Each calculator's id, MedCalc-Bench Calculator ID, category and title; then the chest X-ray indices.")
final class ListCommand implements Callable<Integer> {

    /** the category the chest X-ray indices are listed under */
    private static final String INDICES = "chest-x-ray";

    @Mixin
    CatalogOptions catalogOptions;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Option(names = "--markdown", description = "Print the README's calculator table: id, MedCalc-Bench ID, name, reference.")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(markdownTable(catalogOptions.catalog().all()));
        } else if (json) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (Calculator calculator : catalogOptions.catalog().all()) {
                CalculatorDefinition d = calculator.definition();
                ObjectNode item = list.addObject();
                item.put("id", d.id());
                item.put("medcalc_id", d.medcalcId());
                item.put("title", d.title());
                item.put("category", d.category());
            }
            for (CxrIndex index : catalogOptions.indices().all()) {
                IndexDefinition d = index.definition();
                list.addObject().put("id", d.id()).putNull("medcalc_id").put("title", d.title()).put("category", INDICES);
            }
            out.println(list);
        } else {
            java.util.List<Calculator> calculators = catalogOptions.catalog().all();
            int width = calculators.stream().mapToInt(c -> c.definition().id().length()).max().orElse(2);
            String row = "%-" + width + "s %7s  %-9s %s%n";
            out.printf(row, "ID", "MEDCALC", "CATEGORY", "TITLE");
            for (Calculator calculator : calculators) {
                CalculatorDefinition d = calculator.definition();
                out.printf(row, d.id(), d.medcalcId() == null ? "-" : d.medcalcId(), d.category(), d.title());
            }
            out.println();
            out.println("CHEST X-RAY INDICES (CheXStruct, CXReasonBench): clinigrade calc <task> --input ROW.json");
            for (CxrIndex index : catalogOptions.indices().all()) {
                IndexDefinition d = index.definition();
                out.printf("%-28s %-11s %s%n", d.id(), d.group(), d.title());
            }
        }
        out.flush();
        return 0;
    }

    /** one row per calculator, the first reference as DOI or PMID */
    static String markdownTable(java.util.List<Calculator> calculators) {
        StringBuilder table = new StringBuilder("| id | MedCalc-Bench ID | name | reference |\n|---|---|---|---|\n");
        for (Calculator calculator : calculators) {
            CalculatorDefinition d = calculator.definition();
            var reference = d.references().get(0);
            String source = reference.doi() != null ? "doi:" + reference.doi() : "PMID " + reference.pmid();
            table.append("| `").append(d.id()).append("` | ").append(d.medcalcId() == null ? "" : d.medcalcId())
                    .append(" | ").append(d.title()).append(" | ").append(source).append(" |\n");
        }
        return table.toString();
    }
}
