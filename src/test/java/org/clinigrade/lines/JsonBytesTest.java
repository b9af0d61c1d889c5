package org.clinigrade.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The verdict writer against Jackson: the same bytes for the same tree. */
class JsonBytesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "quote \" backslash \\ slash /", "tab\tnew\nline\rcr\bbs\fff", "\u0000\u0001\u001f\u007f",
            "é ü ß", "中文", "emoji \uD83D\uDE00 pair", "lone \uD800 high", "lone \uDFFF low", "\uDE00\uD83D reversed",
            "\u0800\uFFFF\u07FF"})
    void writes_strings_as_jackson_does(String text) {
        ObjectNode tree = NODES.objectNode().put("s", text).put(text, "as a name");
        assertSame(tree);
    }

    @Test
    void writes_random_strings_as_jackson_does() {
        Random random = new Random(20261126);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append((char) random.nextInt(0x80));
                    case 1 -> text.append((char) random.nextInt(0x800));
                    case 2 -> text.append((char) random.nextInt(0x10000));
                    default -> text.append(" abc\"\\\n".charAt(random.nextInt(7)));
                }
            }
            assertSame(NODES.objectNode().put(text.toString(), text.toString()));
        }
    }

    @Test
    void writes_numbers_as_jackson_does() {
        Random random = new Random(7);
        ArrayNode numbers = NODES.arrayNode().add(0).add(-1).add(Integer.MAX_VALUE).add(Long.MIN_VALUE).add(0.0).add(-0.0)
                .add(0.1 + 0.2).add(1e-7).add(1e21).add(123456789.0).add(Double.MIN_VALUE).add(Double.MAX_VALUE)
                .add(Double.NaN).add(Double.POSITIVE_INFINITY).add(Double.NEGATIVE_INFINITY).add(1.5f)
                .add(new java.math.BigDecimal("1.50")).add(new java.math.BigInteger("123456789012345678901234567890"));
        for (int i = 0; i < 2000; i++) {
            numbers.add(Double.longBitsToDouble(random.nextLong())).add(random.nextGaussian() * 100).add(random.nextLong());
        }
        assertSame(numbers);
    }

    @Test
    void writes_nested_trees_as_jackson_does() {
        ObjectNode tree = NODES.objectNode();
        tree.put("id", "7").put("correct", false).putNull("none").put("n", 3);
        tree.putObject("empty");
        tree.putArray("none_listed");
        ArrayNode list = tree.putArray("list");
        list.addObject().put("a", 1).put("b", "x").putArray("c").add(true).addNull().addObject();
        list.add("s").addArray().add(2.5);
        tree.putObject("nested").putObject("deeper").put("k", "v");
        assertSame(tree);
    }

    /** strings seen before come from kept bytes; more strings than are kept, so kept ones are also replaced */
    @Test
    void writes_repeated_strings_as_jackson_does() {
        ObjectNode tree = NODES.objectNode();
        for (int i = 0; i < 1000; i++) {
            tree.put("name " + i, i % 3 == 0 ? "é \"" + i : "value " + i);
        }
        String once = new String(JSON.writeValueAsBytes(tree), StandardCharsets.ISO_8859_1);
        JsonBytes bytes = new JsonBytes(8);
        for (int i = 0; i < 3; i++) {
            bytes.node(tree).newline();
        }
        assertEquals((once + "\n").repeat(3), new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void lines_are_separate_values() {
        JsonBytes bytes = new JsonBytes(1);
        bytes.node(NODES.objectNode().put("a", 1)).newline().node(NODES.arrayNode().add("b")).newline();
        assertEquals("{\"a\":1}\n[\"b\"]\n", new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    }

    private static void assertSame(JsonNode tree) {
        byte[] written = new JsonBytes(8).node(tree).toByteArray();
        assertEquals(new String(JSON.writeValueAsBytes(tree), StandardCharsets.ISO_8859_1),
                new String(written, StandardCharsets.ISO_8859_1));
    }
}
