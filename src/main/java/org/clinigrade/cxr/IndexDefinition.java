package org.clinigrade.cxr;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An index as its definition file gives it.
 *
 * @param group        {@code perception} or {@code measurement}, as CXReasonBench groups its tasks
 * @param question     the yes/no question the decision answers; "yes" is the finding, label 1
 * @param yes          what label 1 means, in words ("cardiomegaly"; for inclusion "entire thorax included")
 * @param no           what label 0 means
 * @param measure      what the index is called and how it is rounded, or null for a task without a numeric index
 * @param thresholds   the cut-offs by name: by view ({@code PA}, {@code AP}) or by what they bound
 * @param tolerance    how far from the cut-off either answer is accepted, or null for no band
 * @param valueRule    the rule whose step value is the result's value, or null for none
 * @param checked      CSV columns a conformance run compares, each with the rule whose step value must agree
 * @param sharedRules  files of {@code rules/shared/} the rules place
 * @param file         the definition file as read
 */
public record IndexDefinition(String id, String title, String group, String question, String yes, String no,
                              String description, List<String> keywords, List<IndexInput> inputs, Measure measure,
                              Map<String, Double> thresholds, Double tolerance, String valueRule,
                              List<CheckedColumn> checked, List<String> sharedRules, List<String> conventions,
                              List<Source> sources, JsonNode file) {

    /**
     * The numeric index.
     *
     * @param name     as the trace names it (CTR)
     * @param decimals places it is rounded to, as numpy rounds, before the threshold
     * @param unit     its unit ("°"), or empty for a ratio
     */
    public record Measure(String name, int decimals, String unit) {
    }

    /** a CSV column a conformance run compares with the value of the step of rule {@code rule} */
    public record CheckedColumn(String column, String rule) {
    }

    /** a publication or code the index follows */
    public record Source(String citation, String url) {
    }
}
