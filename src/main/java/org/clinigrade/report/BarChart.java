package org.clinigrade.report;

import static org.clinigrade.report.HtmlPage.escape;
import static org.clinigrade.report.HtmlPage.interval;
import static org.clinigrade.report.HtmlPage.number;
import static org.clinigrade.report.HtmlPage.percent;
import static org.clinigrade.report.HtmlPage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/** Horizontal bar charts drawn as inline SVG, with labels, values, tooltips and 95% confidence intervals. */
public final class BarChart {

    /** within the page (1,160 px wide, for the tables' sake); after the plot, room for a note such as "44.1% (30/68)" */
    private static final int WIDTH = 920;
    /** labels are right-aligned against this x, bars start just after it */
    private static final int LABEL_END = 330;
    private static final int PLOT_X = 340;
    private static final int PLOT_WIDTH = 460;
    private static final int ROW = 22;
    private static final int BAR = 14;
    private static final int TOP = 8;
    private static final int AXIS = 26;
    /** what fits in LABEL_END pixels at 12 px (about 7 px a character), so long names are not cut off at the left */
    private static final int LABEL_CHARS = 44;
    /** the colour of accuracy and agreement bars */
    public static final String ACCURACY_COLOUR = "#5b7896";

    private BarChart() {
    }

    /** one bar, its value on the chart's scale, its CI (NaN when absent), and the text shown after it */
    public record Bar(String key, String label, double value, double low, double high, String colour,
            String note, String tooltip) {
    }

    /** the accuracy of each group in a summary ({@code accuracy}, {@code ci95}, {@code correct}, {@code records}) */
    public static String accuracyChart(String id, String title, JsonNode groups, UnaryOperator<String> name) {
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : groups.properties()) {
            bars.add(accuracyBar(e.getKey(), name.apply(e.getKey()), e.getValue()));
        }
        return bars.isEmpty() ? HtmlPage.NOT_AVAILABLE : chart(id, title, bars, 1, true);
    }

    private static Bar accuracyBar(String key, String name, JsonNode group) {
        JsonNode ci = group.path("ci95");
        String records = text(group.path("records"));
        String note = percent(group.path("accuracy"));
        String tooltip = name + ": " + note + " correct (" + text(group.path("correct")) + " of " + records
                + "), 95% CI " + interval(ci);
        return new Bar(key, fit(name, " (n=" + records + ")"), number(group.path("accuracy")),
                number(ci.path(0)), number(ci.path(1)), ACCURACY_COLOUR, note, tooltip);
    }

    /** horizontal bars from 0 to max, as tall as the bars need */
    public static String chart(String id, String title, List<Bar> bars, double max, boolean percent) {
        int height = TOP + bars.size() * ROW + AXIS;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" aria-labelledby=\"%s-title\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\">%n<title id=\"%s-title\">%s</title>%n",
                id, WIDTH, height, WIDTH, height, id, escape(title)));
        svg.append(axis(bars.size(), max, percent));
        for (int i = 0; i < bars.size(); i++) {
            svg.append(bar(id, bars.get(i), TOP + i * ROW, max));
        }
        return svg.append("</svg>\n").toString();
    }

    /** gridlines at quarters of the scale, labelled under the bars */
    private static String axis(int rows, double max, boolean percent) {
        StringBuilder axis = new StringBuilder();
        int bottom = TOP + rows * ROW;
        for (int i = 0; i <= 4; i++) {
            double x = PLOT_X + PLOT_WIDTH * i / 4.0;
            String label = percent ? (25 * i) + "%" : String.format(Locale.ROOT, "%.0f", max * i / 4);
            axis.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                            + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, TOP, x, bottom, x, bottom + 14, label));
        }
        return axis.toString();
    }

    private static String bar(String chart, Bar bar, int y, double max) {
        int middle = y + ROW / 2;
        double width = x(bar.value, max) - PLOT_X;
        return String.format(Locale.ROOT,
                "<g><title>%s</title><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                        + "<rect class=\"bar\" data-chart=\"%s\" data-key=\"%s\" data-value=\"%s\" x=\"%d\" y=\"%d\""
                        + " width=\"%.2f\" height=\"%d\" fill=\"%s\"/>%s"
                        + "<text class=\"value\" x=\"%d\" y=\"%d\">%s</text></g>%n",
                escape(bar.tooltip), LABEL_END, middle + 4, escape(bar.label),
                chart, escape(bar.key), Double.isNaN(bar.value) ? "" : Double.toString(bar.value),
                PLOT_X, middle - BAR / 2, width, BAR, bar.colour, whisker(bar, middle, max),
                PLOT_X + PLOT_WIDTH + 6, middle + 4, escape(bar.note));
    }

    /** the 95% CI as a line with end caps; nothing when the summary has no interval */
    private static String whisker(Bar bar, int middle, double max) {
        if (Double.isNaN(bar.low) || Double.isNaN(bar.high)) {
            return "";
        }
        double low = x(bar.low, max);
        double high = x(bar.high, max);
        return String.format(Locale.ROOT,
                "<line class=\"whisker\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>"
                        + "<line class=\"whisker\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>"
                        + "<line class=\"whisker\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\"/>",
                low, middle, high, middle, low, middle - 4, low, middle + 4, high, middle - 4, high, middle + 4);
    }

    /** the end of a count axis: four ticks of 1, 2 or 5 times a power of ten, so tick labels are whole numbers */
    public static double countScale(double largest) {
        if (!Double.isFinite(largest)) {
            return 1;
        }
        for (double magnitude = 1;; magnitude *= 10) {
            for (int multiple : new int[] {1, 2, 5}) {
                if (4 * multiple * magnitude >= largest) {
                    return 4 * multiple * magnitude;
                }
            }
        }
    }

    /** a value's x on a 0..max scale, clamped so a bad value cannot draw outside the plot */
    private static double x(double value, double max) {
        if (Double.isNaN(value)) {
            return PLOT_X;
        }
        return PLOT_X + PLOT_WIDTH * Math.max(0, Math.min(1, value / max));
    }

    /** the name, shortened with an ellipsis where needed so that it and its suffix fit left of the bars */
    public static String fit(String name, String suffix) {
        int room = Math.max(1, LABEL_CHARS - suffix.length());
        if (name.codePointCount(0, name.length()) <= room) {
            return name + suffix;
        }
        // by code points, so an emoji or other astral character is never split in half
        return name.substring(0, name.offsetByCodePoints(0, room - 1)) + "\u2026" + suffix;
    }
}
