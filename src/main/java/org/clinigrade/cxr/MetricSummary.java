package org.clinigrade.cxr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * CXReasonBench's Path 1 metrics over judged cases, per task, per group and overall. A scope's printed value is what
 * {@code metric.py} prints when run on that scope's tasks alone: the mean over its tasks of the values
 * {@code print_scores} collects (numpy's mean), rounded by numpy to two decimals; a task whose value is N/A is left
 * out, and a scope with none prints N/A (null here). {@code metric.py} itself prints only the mean over all tasks
 * evaluated; the groups are the same mean over the tasks of each group.
 */
public final class MetricSummary {

    private final Map<StageTask, MetricCounts> tasks = new EnumMap<>(StageTask.class);

    public void add(StageScores scores) {
        tasks.computeIfAbsent(scores.task(), MetricCounts::new).add(scores);
    }

    public long cases() {
        return tasks.values().stream().mapToLong(counts -> counts.cases).sum();
    }

    /** the printed value of each metric over these tasks, null where metric.py prints N/A */
    private static Map<Metric, Double> printed(List<MetricCounts> scope) {
        Map<Metric, Double> printed = new EnumMap<>(Metric.class);
        List<Map<Metric, Double>> collected = scope.stream().map(MetricCounts::collected).toList();
        for (Metric metric : Metric.values()) {
            double[] values = collected.stream().filter(c -> c.containsKey(metric)).mapToDouble(c -> c.get(metric))
                    .toArray();
            printed.put(metric, values.length == 0 ? null : MetricFormulas.numpyRound2(MetricFormulas.numpyMean(values)));
        }
        return printed;
    }

    private List<MetricCounts> scope(StageTask.Group group) {
        return tasks.values().stream().filter(c -> group == null || c.task.group() == group).toList();
    }

    /** {@code {"tasks": {task: M}, "groups": {"perception": M, "measurement": M}, "overall": M}} */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ObjectNode byTask = json.putObject("tasks");
        tasks.values().forEach(counts -> writeScope(byTask.putObject(counts.task.id()), List.of(counts)));
        ObjectNode groups = json.putObject("groups");
        for (StageTask.Group group : StageTask.Group.values()) {
            writeScope(groups.putObject(group.id()), scope(group));
        }
        writeScope(json.putObject("overall"), scope(null));
        return json;
    }

    private static void writeScope(ObjectNode json, List<MetricCounts> scope) {
        printed(scope).forEach((metric, value) -> json.put(metric.id(), value));
        json.put("tasks_evaluated", scope.stream().filter(MetricCounts::evaluated).count());
        ObjectNode counts = json.putObject("counts");
        if (scope.size() == 1) {
            scope.get(0).writeCounts(counts);
        } else {
            sumCounts(counts, scope);
        }
        ObjectNode rates = json.putObject("rates");
        meanRates(scope).forEach(rates::put);
    }

    /** a group's counts are the sums of its tasks' */
    private static void sumCounts(ObjectNode json, List<MetricCounts> scope) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (MetricCounts counts : scope) {
            ObjectNode one = JsonNodeFactory.instance.objectNode();
            counts.writeCounts(one);
            one.properties().forEach(e -> sums.merge(e.getKey(), e.getValue().longValue(), Long::sum));
        }
        sums.forEach(json::put);
    }

    /** a group's rates are the means of its tasks' (as metric.py's gather_scores averages them), where defined */
    private static Map<String, Double> meanRates(List<MetricCounts> scope) {
        if (scope.size() == 1) {
            return scope.get(0).rates();
        }
        Map<String, List<Double>> byName = new LinkedHashMap<>();
        for (MetricCounts counts : scope) {
            counts.rates().forEach((name, rate) -> {
                List<Double> rates = byName.computeIfAbsent(name, n -> new ArrayList<>());
                if (rate != null) {
                    rates.add(rate);
                }
            });
        }
        Map<String, Double> means = new LinkedHashMap<>();
        byName.forEach((name, rates) -> means.put(name, rates.isEmpty() ? null
                : MetricFormulas.numpyMean(rates.stream().mapToDouble(Double::doubleValue).toArray())));
        return means;
    }

    /**
     * The text report: metric.py's own lines for all tasks ({@code Completion_score: 52.04}, N/A where it has none),
     * then one row per task, group and overall.
     */
    public String toText() {
        StringBuilder text = new StringBuilder("Path1\n");
        Map<Metric, Double> overall = printed(scope(null));
        for (Metric metric : Metric.values()) {
            text.append(metric.printedName()).append(": ").append(pythonText(overall.get(metric))).append('\n');
        }
        text.append('\n').append(String.format(Locale.ROOT, "%-30s %6s", "scope", "cases"));
        for (Metric metric : Metric.values()) {
            text.append(String.format(Locale.ROOT, " %18s", metric.printedName()));
        }
        text.append('\n');
        tasks.values().forEach(counts -> row(text, counts.task.id(), List.of(counts)));
        for (StageTask.Group group : StageTask.Group.values()) {
            row(text, group.id(), scope(group));
        }
        row(text, "overall", scope(null));
        return text.toString();
    }

    private static void row(StringBuilder text, String name, List<MetricCounts> scope) {
        long cases = scope.stream().mapToLong(counts -> counts.cases).sum();
        text.append(String.format(Locale.ROOT, "%-30s %6d", name, cases));
        printed(scope).values().forEach(value -> text.append(String.format(Locale.ROOT, " %18s", pythonText(value))));
        text.append('\n');
    }

    /** a printed value as Python prints a float rounded to two decimals (12.3, 0.0), or N/A */
    static String pythonText(Double value) {
        if (value == null) {
            return "N/A";
        }
        String plain = BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
