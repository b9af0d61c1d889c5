package org.clinigrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** QuarkMedBench's tiered score, truncation and saturation caps, worked by hand; max level 2, weights 2:1:1:2. */
class TieredScoreTest {

    private static final Map<Tier, Double> WEIGHTS = NativeRubric.DEFAULT_WEIGHTS;

    private record Item(Tier tier, int level, List<String> tags, boolean redLine) {
        Item(Tier tier, int level, String... tags) {
            this(tier, level, List.of(tags), false);
        }
    }

    private static ExampleVerdict grade(Scheme.Tiered scheme, Item... items) {
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Judgment> judgments = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            criteria.add(new Criterion("c" + i, i, "criterion " + i, null, items[i].tier(), items[i].tags(),
                    items[i].redLine(), new Check.Judge()));
            judgments.put("c" + i, new Judgment(null, items[i].level(), null, i + 1));
        }
        Rubric rubric = new Rubric("r", "r", "", List.of(), scheme, criteria, List.of(), "test", null);
        return ExampleGrading.grade("id", "a", rubric, null, judgments, null, null);
    }

    private static Scheme.Tiered plain() {
        return new Scheme.Tiered(2, WEIGHTS, null, null);
    }

    /** two essentials (2, 1), an important (2), a highlight (0), a pitfall (1) */
    private static Item[] answer() {
        return new Item[] {new Item(Tier.ESSENTIAL, 2), new Item(Tier.ESSENTIAL, 1), new Item(Tier.IMPORTANT, 2),
                new Item(Tier.HIGHLIGHT, 0), new Item(Tier.PITFALL, 1)};
    }

    @Test
    void weighted_levels_over_the_weighted_maximum() {
        // (2·3 + 1·2 + 1·0 − 2·1) / (2·(2·2 + 1·1 + 1·1)) = 6 / 12
        assertEquals(0.5, grade(plain(), answer()).score().score());
    }

    @Test
    void weights_are_the_schemes() {
        Map<Tier, Double> weights = Map.of(Tier.ESSENTIAL, 3.0, Tier.IMPORTANT, 1.0, Tier.HIGHLIGHT, 0.5, Tier.PITFALL, 4.0);
        // (3·3 + 1·2 + 0.5·0 − 4·1) / (2·(3·2 + 1 + 0.5)) = 7 / 15
        assertEquals(7.0 / 15, grade(new Scheme.Tiered(2, weights, null, null), answer()).score().score());
    }

    @Test
    void essentials_below_the_ratio_drop_the_important_and_highlight_part() {
        // E/(2·2) = 0.75 < 0.8: (6 + 0 − 2) / 12
        Scheme.Tiered scheme = new Scheme.Tiered(2, WEIGHTS, new Scheme.Truncation(0.8, null), null);
        assertEquals(4.0 / 12, grade(scheme, answer()).score().score());
        assertTrue(TieredScore.parts(scheme, grade(scheme, answer()).criteria()).truncated());
    }

    @Test
    void essentials_exactly_at_the_ratio_do_not_truncate() {
        Scheme.Tiered scheme = new Scheme.Tiered(2, WEIGHTS, new Scheme.Truncation(0.75, null), null);
        assertEquals(0.5, grade(scheme, answer()).score().score());
    }

    @Test
    void pitfalls_above_the_ratio_drop_the_important_and_highlight_part() {
        // P/(2·1) = 0.5 > 0.4: (6 + 0 − 2) / 12; at 0.5 exactly, not truncated
        assertEquals(4.0 / 12, grade(new Scheme.Tiered(2, WEIGHTS, new Scheme.Truncation(null, 0.4), null), answer())
                .score().score());
        assertEquals(0.5, grade(new Scheme.Tiered(2, WEIGHTS, new Scheme.Truncation(null, 0.5), null), answer())
                .score().score());
    }

    @Test
    void each_capability_group_is_capped_and_untagged_items_group_by_tier() {
        // Safety: 2 + 2 = 4, capped at 3; untagged important 2 and highlight 1 are two groups, each under 3:
        // E = 4 (2·4 = 8); I + H = 3 + 2 + 1 = 6; n: E 2, I 3, H 2 → (8 + 6) / (2·(4 + 3 + 2)) = 14/18
        Scheme.Tiered scheme = new Scheme.Tiered(2, WEIGHTS, null, new Scheme.Saturation(3.0, null));
        ExampleVerdict verdict = grade(scheme, new Item(Tier.ESSENTIAL, 2), new Item(Tier.ESSENTIAL, 2),
                new Item(Tier.IMPORTANT, 2, "Safety"), new Item(Tier.HIGHLIGHT, 2, "Safety", "axis:accuracy"),
                new Item(Tier.IMPORTANT, 2), new Item(Tier.IMPORTANT, 0), new Item(Tier.HIGHLIGHT, 1));
        assertEquals(14.0 / 18, verdict.score().score());
        assertEquals("tier:highlight", TieredScore.group(verdict.criteria().get(6).criterion()));
    }

    @Test
    void the_important_and_highlight_part_is_capped_against_the_weighted_essential_part() {
        // E = 1 of 2 essentials (wE·E = 2); I + H = 2 + 2 + 2 = 6, capped at 1.5 × 2 = 3:
        // (2 + 3) / (2·(2·2 + 1·2 + 1·1)) = 5/14; without the cap (2 + 6)/14
        Scheme.Tiered scheme = new Scheme.Tiered(2, WEIGHTS, null, new Scheme.Saturation(null, 1.5));
        Item[] items = {new Item(Tier.ESSENTIAL, 1), new Item(Tier.ESSENTIAL, 0), new Item(Tier.IMPORTANT, 2),
                new Item(Tier.IMPORTANT, 2), new Item(Tier.HIGHLIGHT, 2)};
        assertEquals(5.0 / 14, grade(scheme, items).score().score());
        assertEquals(8.0 / 14, grade(plain(), items).score().score());
    }

    @Test
    void a_pitfall_red_line_at_any_level_caps_the_score_at_zero() {
        ExampleVerdict verdict = grade(plain(), new Item(Tier.ESSENTIAL, 2), new Item(Tier.PITFALL, 1, List.of(), true));
        // (4 − 2) / 4 = 0.5, capped at 0
        assertEquals(0.0, verdict.score().score());
        assertEquals("c1", verdict.crossed().get(0).id());
        assertFalse(grade(plain(), new Item(Tier.ESSENTIAL, 2), new Item(Tier.PITFALL, 0, List.of(), true))
                .crossed().size() > 0);
    }

    @Test
    void only_pitfalls_is_undefined() {
        assertNull(grade(plain(), new Item(Tier.PITFALL, 0)).score().score());
    }

    @Test
    void tier_scores_are_each_tiers_share_of_its_maximum() {
        Map<String, Double> tags = grade(plain(), answer()).score().tagScores();
        assertEquals(0.75, tags.get("tier:essential"));
        assertEquals(1.0, tags.get("tier:important"));
        assertEquals(0.0, tags.get("tier:highlight"));
        assertFalse(tags.containsKey("tier:pitfall"));
    }
}
