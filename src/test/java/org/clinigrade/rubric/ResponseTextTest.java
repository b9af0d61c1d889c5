package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinigrade.rubric.facts.NumberStated;
import org.junit.jupiter.api.Test;

class ResponseTextTest {

    /** what a number stated is, as a pattern: the reference the one-pass reading is held to */
    private static final Pattern NUMBER = Pattern.compile("(?:^|[^\\p{L}\\p{N}.])(-?[0-9]+(?:\\.[0-9]+)?)");

    @Test
    void numbers_are_read_as_written_where_they_stand_but_not_inside_words() {
        assertEquals(List.of("-3@0", "2.5@7", "4@17", "1.2@20", "10@26"), numbers("-3 and 2.5 (T2 x 4, 1.2.3 10)"));
    }

    @Test
    void a_minus_between_a_word_and_digits_is_taken_as_a_dash() {
        assertEquals(List.of("2@3"), numbers("x3-2"));
        assertEquals(List.of(), numbers("T2 HbA1c"));
    }

    @Test
    void words_are_counted_between_white_space_as_java_defines_it_for_every_character() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c) ? 2 : 1, new ResponseText("a" + c + "b").wordCount(), "U+" + (int) c);
        }
        assertEquals(3, new ResponseText("  one\ttwo \n\n three ").wordCount());
    }

    @Test
    void a_sentence_ends_at_a_stop_or_a_blank_line_but_not_at_a_decimal_point_or_a_line_break() {
        assertEquals("No", negation("No 2.5 mg warfarin."));
        assertEquals(null, negation("No dose. Warfarin."));
        assertEquals(null, negation("No dose;warfarin."));
        assertEquals(null, negation("No dose\n\nwarfarin"));
        assertEquals("No", negation("No dose\nwarfarin"));
    }

    private static String negation(String text) {
        return new ResponseText(text).find("c1", "warfarin", ResponseText.phrasePattern("warfarin")).get(0).negation();
    }

    @Test
    void the_one_pass_reading_finds_what_the_pattern_finds_on_random_text() {
        String[] pieces = {"0", "7", "12", "-", ".", " ", "a", "Z", "\n", ",", "٣", "Ⅻ", "½", "𝐀", "𝟓", "é", "(", "%"};
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byPattern(text.toString()), numbers(text.toString()), text.toString());
        }
    }

    private static List<String> numbers(String text) {
        return new ResponseText(text).numbers().stream().map(ResponseTextTest::written).toList();
    }

    private static String written(NumberStated number) {
        assertEquals(Double.parseDouble(number.text()), number.value());
        return number.text() + "@" + number.offset();
    }

    private static List<String> byPattern(String text) {
        List<String> found = new ArrayList<>();
        Matcher match = NUMBER.matcher(text);
        while (match.find()) {
            found.add(match.group(1) + "@" + match.start(1));
        }
        return found;
    }
}
