package org.clinigrade.calc;

import java.util.ArrayList;
import java.util.List;
import org.clinigrade.units.Numbers;

/** A calculator's definition as a person reads it, the one rendering shared by {@code describe} and the tool server. */
public final class DefinitionText {

    private DefinitionText() {
    }

    /** title, id, description, inputs with units and MedCalc-Bench names, output, interpretation, conventions, references */
    public static List<String> lines(CalculatorDefinition d) {
        List<String> lines = new ArrayList<>();
        lines.add(d.title());
        lines.add("  id " + d.id() + (d.medcalcId() == null ? "" : ", MedCalc-Bench " + d.medcalcId())
                + ", category " + d.category());
        if (!d.description().isEmpty()) {
            lines.add("  " + d.description());
        }
        lines.add("Inputs:");
        for (InputSpec input : d.inputs()) {
            lines.add("  " + input.key() + " — " + input.title() + ": " + input.expectedWithBareNumberRule()
                    + (input.required() ? ", required" : input.defaultValue() != null ? ", default " + input.defaultValue() : ", optional"));
            if (!input.entities().isEmpty()) {
                lines.add("      MedCalc-Bench: " + String.join(" | ", input.entities()));
            }
        }
        lines.add("Output: " + (d.output().isNumber()
                ? (d.output().unit().isEmpty() ? "a number without unit" : d.output().unit()) + ", " + d.output().decimals() + " decimals"
                : d.output().type().equals("date") ? "a date (MM/DD/YYYY)" : "weeks and days"));
        for (Band band : d.interpretation()) {
            lines.add("  " + bound(band.from()) + " to " + (band.below() == null ? "∞" : "< " + Numbers.format(band.below()))
                    + ": " + band.label());
        }
        if (!d.conventions().isEmpty()) {
            lines.add("Conventions:");
            d.conventions().forEach(c -> lines.add("  - " + c));
        }
        lines.add("References:");
        for (Reference r : d.references()) {
            lines.add("  " + r.citation() + (r.doi() == null ? "" : " doi:" + r.doi())
                    + (r.pmid() == null ? "" : " PMID:" + r.pmid()));
        }
        return lines;
    }

    private static String bound(Double from) {
        return from == null ? "−∞" : "≥ " + Numbers.format(from);
    }
}
