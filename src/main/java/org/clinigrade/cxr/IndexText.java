package org.clinigrade.cxr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinigrade.units.Numbers;

/** An index's definition as a person reads it: the one rendering shared by {@code describe} and the tool server. */
public final class IndexText {

    private IndexText() {
    }

    /** title, question, inputs, index, thresholds, band, conventions and sources */
    public static List<String> lines(IndexDefinition d) {
        List<String> lines = new ArrayList<>();
        lines.add(d.title() + "  [" + d.id() + ", chest X-ray index, " + d.group() + "]");
        lines.add(d.description());
        lines.add("Question: " + d.question() + "  (yes: " + d.yes() + ", label 1; no: " + d.no() + ", label 0)");
        lines.add("Inputs (CheXStruct CSV columns):");
        for (IndexInput input : d.inputs()) {
            lines.add("  " + input.column() + ": " + input.title() + " [" + input.type().name().toLowerCase(java.util.Locale.ROOT)
                    + (input.values().isEmpty() ? "" : ": " + String.join(", ", input.values())) + "]");
        }
        if (d.measure() != null) {
            lines.add("Index: " + d.measure().name() + ", rounded to " + d.measure().decimals()
                    + " decimals as numpy rounds" + (d.measure().unit().isEmpty() ? "" : ", in " + d.measure().unit()));
        }
        List<String> thresholds = new ArrayList<>();
        for (Map.Entry<String, Double> threshold : d.thresholds().entrySet()) {
            thresholds.add(threshold.getKey() + " " + Numbers.format(threshold.getValue()));
        }
        if (!thresholds.isEmpty()) {
            lines.add("Thresholds: " + String.join(", ", thresholds));
        }
        lines.add("Both answers accepted: " + (d.tolerance() == null ? "never (no band)"
                : "within " + Numbers.format(d.tolerance()) + " of the threshold, the bounds computed in doubles"));
        d.conventions().forEach(convention -> lines.add("Convention: " + convention));
        d.sources().forEach(source -> lines.add("Source: " + source.citation()
                + (source.url() == null ? "" : " " + source.url())));
        return lines;
    }
}
