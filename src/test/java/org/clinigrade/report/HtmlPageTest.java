package org.clinigrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame any report is drawn in, without a grading summary. */
class HtmlPageTest {

    @Test
    void a_page_is_one_self_contained_document_titled_and_headed_alike() {
        String page = HtmlPage.page("Rubric <report>", HtmlPage.section("Scores", HtmlPage.NOT_AVAILABLE));
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.contains("<title>Rubric &lt;report&gt;</title>"), page);
        assertTrue(page.contains("<h1>Rubric &lt;report&gt;</h1>\n<section>\n<h2>Scores</h2>\n<p class=\"na\">not available</p>"), page);
        assertTrue(page.endsWith("</main>\n</body>\n</html>\n"), page);
    }

    @Test
    void escapes_markup_and_writes_anything_beyond_ascii_as_a_reference() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#xe9; &#x1f600;", HtmlPage.escape("a & b <c> \"d\" 'e' é 😀"));
    }

    @Test
    void a_table_escapes_every_cell_and_aligns_text_left_and_numbers_right() {
        String table = HtmlPage.table(List.of("name", "count"), List.of(List.of("<b>", "3")), 1);
        assertTrue(table.contains("<th class=\"text\">name</th><th>count</th>"), table);
        assertTrue(table.contains("<td class=\"text word\">&lt;b&gt;</td><td>3</td>"), table);
    }

    @Test
    void headings_read_as_words_and_only_sentences_wrap() {
        String table = HtmlPage.table(List.of("calculator", "title", "rule_error"),
                List.of(List.of("cha2ds2-vasc", "CHA2DS2-VASc Score for Atrial Fibrillation", "1")), 2);
        assertTrue(table.contains("<th>rule error</th>"), table);
        assertTrue(table.contains("<td class=\"text word\">cha2ds2-vasc</td><td class=\"text\">CHA2DS2-VASc Score"), table);
    }
}
