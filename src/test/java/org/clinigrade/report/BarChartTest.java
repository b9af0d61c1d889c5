package org.clinigrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void a_count_axis_ends_at_four_ticks_of_one_two_or_five_times_a_power_of_ten() {
        assertEquals(4, BarChart.countScale(3));
        assertEquals(8, BarChart.countScale(7));
        assertEquals(20, BarChart.countScale(17));
        assertEquals(400, BarChart.countScale(301));
    }

    @Test
    void a_long_name_is_shortened_with_an_ellipsis_keeping_its_suffix() {
        String fitted = BarChart.fit("x".repeat(60), " (n=10)");
        assertEquals(44, fitted.codePointCount(0, fitted.length()));
        assertTrue(fitted.endsWith("\u2026 (n=10)"), fitted);
        assertEquals("short (n=1)", BarChart.fit("short", " (n=1)"));
    }

    @Test
    void a_chart_has_a_title_for_screen_readers_and_one_bar_per_value() {
        List<BarChart.Bar> bars = List.of(
                new BarChart.Bar("a", "A", 0.5, 0.4, 0.6, "#000", "50%", "A: 50%"),
                new BarChart.Bar("b", "B", 1, Double.NaN, Double.NaN, "#000", "100%", "B: 100%"));
        String svg = BarChart.chart("demo", "Demo chart", bars, 1, true);
        assertTrue(svg.contains("aria-labelledby=\"demo-title\""), svg);
        assertTrue(svg.contains("<title id=\"demo-title\">Demo chart</title>"), svg);
        assertEquals(2, svg.split("<rect ", -1).length - 1);
        assertEquals(3, svg.split("class=\"whisker\"", -1).length - 1, "one interval, drawn as three lines");
    }

    @Test
    void a_note_of_sixteen_characters_after_the_plot_fits_in_the_chart() {
        String note = "100.0% (999/999)";
        String svg = BarChart.chart("n", "Notes", List.of(new BarChart.Bar("a", "A", 1, Double.NaN, Double.NaN, "#000",
                note, "A")), 1, true);
        Matcher width = Pattern.compile("<svg [^>]*width=\"(\\d+)\"").matcher(svg);
        Matcher at = Pattern.compile("<text [^>]*x=\"(\\d+)\"[^>]*>" + Pattern.quote(note))
                .matcher(svg);
        assertTrue(width.find() && at.find(), svg);
        // 12 px text is about 7 px a character
        assertTrue(Integer.parseInt(at.group(1)) + 7 * note.length() <= Integer.parseInt(width.group(1)), svg);
    }
}
