package org.clinigrade.calc;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A calculator as its file defines it.
 *
 * @param medcalcId    MedCalc-Bench Calculator ID, or null for a calculator outside the benchmark
 * @param keywords     what a clinician might call the calculator or ask of it: synonyms, abbreviations, questions
 * @param entitySplits MedCalc-Bench entity names whose array holds two inputs, to the keys of those inputs
 * @param file      the JSON as written, for {@code describe}; its {@code inputs} is a JSON Schema of the
 *                  canonical inputs, whose numeric keywords {@link Bounds} checks
 */
public record CalculatorDefinition(String id, String title, Integer medcalcId, String category, String description,
                                   List<String> keywords, List<String> conventions, List<InputSpec> inputs,
                                   Map<String, List<String>> entitySplits, OutputSpec output,
                                   List<Band> interpretation, List<Reference> references,
                                   JsonNode file) {

    /** the labels of the bands {@code value} falls in, joined; null if none */
    public String interpret(double value) {
        List<String> labels = interpretation.stream().filter(b -> b.contains(value)).map(Band::label).toList();
        return labels.isEmpty() ? null : String.join("; ", labels);
    }
}
