package org.clinigrade.cxr;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one stage of a CXReasonBench answer as the benchmark's judge instructions say, without a model: the option
 * letters after "FINAL ANSWER:" against the reference answer's letters. Init: "I don't know" −1, the right option 1,
 * else 0. Criterion: "None of the above" −2, right 1, else 0. Refined criterion: the reference option ((a) Yes) 1,
 * anything else −1 (declined). Body part and measurement: exactly the reference set of letters 1 (a subset is
 * "partial", 0). Final: exactly one option, one of the reference's (both are listed inside the tolerance band), 1.
 * A response with no "FINAL ANSWER" is 0, with that reason.
 */
public final class TranscriptJudge {

    /** the stages of Path 1, by how their answer is judged */
    public enum Stage { INIT, CRITERIA, CUSTOM_CRITERIA, BODYPART, MEASUREMENT, FINAL }

    /** a stage's score and why */
    public record Judged(int score, String reason) {
    }

    private static final Pattern FINAL_ANSWER = Pattern.compile("final\\s*answer\\W*?:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("\\(([a-zA-Z])\\)");
    /** a bare option letter: "A", "A)", "b." or "[c]", but not the "I" of "I don't know" */
    private static final Pattern BARE_LETTER = Pattern.compile("^\\[?([a-zA-Z])(?:[).:\\]]|$)");
    private static final Pattern OPTION = Pattern.compile("\\(([a-zA-Z])\\)\\s*([^\\n]*?)(?=\\s*\\([a-zA-Z]\\)|\\n|$)");

    private TranscriptJudge() {
    }

    /**
     * @param query    the question with its options, "(a) Yes\n(b) No\n(c) I don't know"
     * @param response the model's whole response
     * @param answer   the reference answer, "(a) Yes" or "(a) 1st image, (c) 3rd image"
     */
    public static Judged judge(Stage stage, String query, String response, String answer) {
        Set<Character> expected = letters(answer);
        if (expected.isEmpty()) {
            return new Judged(0, "the reference answer '" + answer + "' names no option letter");
        }
        String chosen = finalAnswer(response);
        if (chosen == null) {
            return new Judged(0, "no 'FINAL ANSWER' in the response");
        }
        Map<Character, String> options = options(query);
        Set<Character> picked = picked(chosen, options);
        String said = (chosen + " " + String.join(" ", picked.stream().map(l -> options.getOrDefault(l, "")).toList()))
                .toLowerCase(Locale.ROOT);
        if (stage == Stage.INIT && (said.contains("don't know") || said.contains("do not know"))) {
            return new Judged(-1, "chose 'I don't know'");
        }
        boolean none = said.contains("none of the above") && !expected.containsAll(picked);
        if (stage == Stage.CRITERIA && none) {
            return new Judged(-2, "chose 'None of the above'");
        }
        if (picked.isEmpty()) {
            return new Judged(stage == Stage.CUSTOM_CRITERIA ? -1 : 0, "no option in the final answer '" + chosen + "'");
        }
        String choice = "chose " + text(picked) + ", expected " + text(expected);
        if (stage == Stage.FINAL) {
            boolean right = picked.size() == 1 && expected.containsAll(picked);
            return new Judged(right ? 1 : 0, picked.size() > 1 ? "chose several options " + text(picked) : choice);
        }
        if (picked.equals(expected)) {
            return new Judged(1, choice);
        }
        if (stage == Stage.CUSTOM_CRITERIA) {
            return new Judged(-1, "did not take the refined criterion: " + choice);
        }
        if (none) {
            return new Judged(0, "chose 'None of the above': " + choice);
        }
        if (expected.containsAll(picked)) {
            return new Judged(0, "partial: " + picked.size() + " of " + expected.size() + " expected, " + choice);
        }
        return new Judged(0, choice);
    }

    /** the reference answer's option asks for another round ("Need new options") */
    public static boolean asksNewOptions(String query, String answer) {
        Map<Character, String> options = options(query);
        return letters(answer).stream().anyMatch(l -> options.getOrDefault(l, "").toLowerCase(Locale.ROOT)
                .contains("need new options")) || answer.toLowerCase(Locale.ROOT).contains("need new options");
    }

    /** the rest of the line after the first "FINAL ANSWER", or the next line if that is empty; null if none */
    static String finalAnswer(String response) {
        Matcher m = FINAL_ANSWER.matcher(response);
        if (!m.find()) {
            return null;
        }
        String rest = response.substring(m.end()).replaceFirst("^[\\s*:]+", "");
        int end = rest.indexOf('\n');
        return (end < 0 ? rest : rest.substring(0, end)).replaceAll("[*]+$", "").strip();
    }

    private static Set<Character> letters(String text) {
        Set<Character> letters = new LinkedHashSet<>();
        Matcher m = LETTER.matcher(text);
        while (m.find()) {
            letters.add(Character.toLowerCase(m.group(1).charAt(0)));
        }
        return letters;
    }

    /** the letters of the final answer: "(a)"s, a bare letter, or the one option whose text it gives */
    private static Set<Character> picked(String chosen, Map<Character, String> options) {
        Set<Character> letters = letters(chosen);
        if (!letters.isEmpty()) {
            return letters;
        }
        Matcher bare = BARE_LETTER.matcher(chosen.strip());
        if (bare.find()) {
            return Set.of(Character.toLowerCase(bare.group(1).charAt(0)));
        }
        String said = normal(chosen);
        Set<Character> byText = new LinkedHashSet<>();
        options.forEach((letter, option) -> {
            if (!normal(option).isEmpty() && said.startsWith(normal(option))) {
                byText.add(letter);
            }
        });
        return byText.size() == 1 ? byText : Set.of();
    }

    private static Map<Character, String> options(String query) {
        Map<Character, String> options = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(query);
        while (m.find()) {
            options.putIfAbsent(Character.toLowerCase(m.group(1).charAt(0)), m.group(2).strip());
        }
        return options;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
    }

    private static String text(Set<Character> letters) {
        return String.join(", ", letters.stream().map(l -> "(" + l + ")").toList());
    }
}
