package org.clinigrade.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.clinigrade.calc.Calculator;
import org.clinigrade.calc.CalculatorCatalog;
import org.clinigrade.cxr.CxrIndex;
import org.clinigrade.cxr.IndexCatalog;
import org.clinigrade.engine.RuleLibrary;
import picocli.CommandLine.Option;

/** Where calculators and rules come from: bundled, or folders an author is editing. */
final class CatalogOptions {

    @Option(names = "--calculators-dir", paramLabel = "DIR",
            description = "Read calculator files from DIR instead of the bundled ones (data: safe from anywhere).")
    Path calculatorsDir;

    @Option(names = "--rules-dir", paramLabel = "DIR",
            description = "Read hand-written rules from DIR (laid out like rules/: DIR/calculators/<id>.drl, "
                    + "DIR/indices/<task>.drl, DIR/shared/<name>.drl) instead of the bundled ones. Rules are Java: runs"
                    + " code, trusted sources only.")
    Path rulesDir;

    /** read once per command: a calc looks for an index only after the calculators, from the same catalog */
    private CalculatorCatalog catalog;

    CalculatorCatalog catalog() {
        if (catalog == null) {
            catalog = CalculatorCatalog.load(calculatorsDir, rules());
        }
        return catalog;
    }

    private RuleLibrary rules() {
        return rulesDir == null ? RuleLibrary.bundled() : RuleLibrary.trusted(rulesDir);
    }

    /** the chest X-ray index {@code id} names, unless a calculator has that id */
    Optional<CxrIndex> index(String id) {
        if (catalog().find(id).isPresent()) {
            return Optional.empty();
        }
        return indices().find(id);
    }

    IndexCatalog indices() {
        return IndexCatalog.load(null, rules());
    }

    Calculator calculator(String idOrNumber) {
        return catalog().require(idOrNumber, "see 'clinigrade list'");
    }
}
