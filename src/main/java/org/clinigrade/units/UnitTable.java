package org.clinigrade.units;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units clinigrade knows, found by how people write them ("mg/dl", "µmol/L", "umol/l", "lbs",
 * "degrees fahrenheit", "mm hg"). A unit string is read in the context of the dimension an input expects:
 * "L" is litres for a volume but "per litre" for a cell count, as MedCalc-Bench writes counts.
 * A string that matches nothing is unknown; nothing is guessed.
 */
public final class UnitTable {

    private static final Map<Dimension, Map<String, Unit>> NAMED = new HashMap<>();

    /** units already read, per dimension: the same few spellings recur on every row of a dataset */
    private static final Map<Dimension, Map<String, Optional<Unit>>> READ = new EnumMap<>(Dimension.class);
    private static final int MAX_REMEMBERED = 10_000;

    /**
     * The unit a number written without one means by clinical convention, per dimension. Only age has one: an age is
     * in years unless its unit is written ("3 months", never "0.25"). A temperature, a weight or a laboratory value
     * is written in different units in different places, and a bare number says nothing about which.
     */
    private static final Map<Dimension, Unit> UNSTATED = new EnumMap<>(Dimension.class);

    private static final Pattern CONCENTRATION =
            Pattern.compile("(g|mg|ug|ng|pg|mol|mmol|umol|nmol|pmol|eq|meq)/(l|dl|ml|ul)");
    private static final Pattern COUNT =
            Pattern.compile("(?:(?:x|\\*)?10\\^?(\\d{1,2})|(k))?(?:cells)?(?:/|per)?(ul|mm3|mm\\^3|ml|l)");

    static {
        add(Dimension.MASS, Unit.linear("kg", Dimension.MASS, 1), "kg", "kgs", "kilogram", "kilograms");
        add(Dimension.MASS, Unit.linear("g", Dimension.MASS, 1e-3), "g", "gram", "grams");
        add(Dimension.MASS, Unit.linear("lb", Dimension.MASS, 0.45359237), "lb", "lbs", "pound", "pounds");
        add(Dimension.MASS, Unit.linear("mg", Dimension.MASS, 1e-6), "mg", "milligram", "milligrams");
        add(Dimension.MASS, Unit.linear("µg", Dimension.MASS, 1e-9), "ug", "microgram", "micrograms");
        add(Dimension.LENGTH, Unit.linear("m", Dimension.LENGTH, 1), "m", "meter", "meters", "metre", "metres");
        add(Dimension.LENGTH, Unit.linear("cm", Dimension.LENGTH, 0.01), "cm", "centimeter", "centimeters",
                "centimetre", "centimetres");
        add(Dimension.LENGTH, Unit.linear("mm", Dimension.LENGTH, 0.001), "mm", "millimeter", "millimeters");
        add(Dimension.LENGTH, Unit.linear("in", Dimension.LENGTH, 0.0254), "in", "inch", "inches", "\"");
        add(Dimension.LENGTH, Unit.linear("ft", Dimension.LENGTH, 0.3048), "ft", "foot", "feet", "'");
        // "degrees celsisus" and "degrees fahreinheit" are MedCalc-Bench's own misspellings (22 and several rows),
        // listed exactly: they are known spellings, not a guess at what an unknown unit means
        add(Dimension.TEMPERATURE, Unit.linear("°C", Dimension.TEMPERATURE, 1), "c", "°c", "degc", "celsius",
                "degreescelsius", "degreecelsius", "degreescelsisus");
        add(Dimension.TEMPERATURE, new Unit("°F", Dimension.TEMPERATURE, 5.0 / 9, -32 * 5.0 / 9, null, 0, 0),
                "f", "°f", "degf", "fahrenheit", "degreesfahrenheit", "degreefahrenheit", "degreesfahreinheit");
        add(Dimension.AGE, Unit.linear("years", Dimension.AGE, 1), "years", "year", "yr", "yrs", "y");
        UNSTATED.put(Dimension.AGE, NAMED.get(Dimension.AGE).get("years"));
        add(Dimension.AGE, Unit.linear("months", Dimension.AGE, 1.0 / 12), "months", "month", "mo", "mos");
        add(Dimension.AGE, Unit.linear("weeks", Dimension.AGE, 7 / 365.25), "weeks", "week", "wk", "wks");
        add(Dimension.AGE, Unit.linear("days", Dimension.AGE, 1 / 365.25), "days", "day", "d");
        add(Dimension.PRESSURE, Unit.linear("mmHg", Dimension.PRESSURE, 1), "mmhg", "torr");
        add(Dimension.PRESSURE, Unit.linear("kPa", Dimension.PRESSURE, 7.50062), "kpa");
        add(Dimension.RATE, Unit.linear("/min", Dimension.RATE, 1), "/min", "permin", "perminute", "min^-1",
                "bpm", "beatsperminute", "beats/min", "breathsperminute", "breaths/min");
        add(Dimension.DURATION, Unit.linear("ms", Dimension.DURATION, 1e-3), "ms", "msec", "millisecond",
                "milliseconds");
        add(Dimension.DURATION, Unit.linear("s", Dimension.DURATION, 1), "s", "sec", "second", "seconds");
        add(Dimension.PERCENT, Unit.linear("%", Dimension.PERCENT, 1), "%", "percent");
        add(Dimension.ACTIVITY, Unit.linear("U/L", Dimension.ACTIVITY, 1), "u/l", "iu/l", "units/l");
        // 1 µIU/mL of insulin = 6 pmol/L (the conversion factor in common clinical use)
        add(Dimension.INTERNATIONAL_UNITS, Unit.linear("µIU/mL", Dimension.INTERNATIONAL_UNITS, 1), "uiu/ml", "miu/l",
                "uu/ml", "mu/l", "microiu/ml");
        add(Dimension.INTERNATIONAL_UNITS, Unit.linear("pmol/L", Dimension.INTERNATIONAL_UNITS, 1.0 / 6), "pmol/l");
        add(Dimension.BODY_MASS_INDEX, Unit.linear("kg/m²", Dimension.BODY_MASS_INDEX, 1), "kg/m2", "kg/m^2");
        add(Dimension.VOLUME_PER_DAY, Unit.linear("mL/day", Dimension.VOLUME_PER_DAY, 1), "ml/day", "ml/d", "ml/24h",
                "ml/24hr", "mlperday");
        add(Dimension.VOLUME_PER_DAY, Unit.linear("L/day", Dimension.VOLUME_PER_DAY, 1000), "l/day", "l/d", "l/24h");
        add(Dimension.VOLUME_PER_DAY, Unit.linear("mL/h", Dimension.VOLUME_PER_DAY, 24), "ml/h", "ml/hr", "ml/hour");
        add(Dimension.DOSE_RATE, Unit.linear("µg/kg/min", Dimension.DOSE_RATE, 1), "ug/kg/min", "ugkg-1min-1");
        add(Dimension.DELIVERY_RATE, Unit.linear("µg/h", Dimension.DELIVERY_RATE, 1), "ug/h", "ug/hr", "ug/hour");
        add(Dimension.DOSES_PER_DAY, Unit.linear("/day", Dimension.DOSES_PER_DAY, 1), "/day", "perday", "/d", "timesaday",
                "timesperday", "x/day", "dosesperday");
        add(Dimension.NONE, Unit.linear("", Dimension.NONE, 1), "");
        for (Dimension dimension : Dimension.values()) {
            READ.put(dimension, new ConcurrentHashMap<>());
        }
    }

    private UnitTable() {
    }

    private static void add(Dimension dimension, Unit unit, String... spellings) {
        Map<String, Unit> named = NAMED.computeIfAbsent(dimension, d -> new HashMap<>());
        for (String spelling : spellings) {
            named.put(spelling, unit);
        }
    }

    /** The unit written as {@code text}, read as a unit of {@code dimension}, or empty if there is none. */
    public static Optional<Unit> parse(String text, Dimension dimension) {
        Map<String, Optional<Unit>> read = READ.get(dimension);
        Optional<Unit> unit = read.get(text);
        if (unit == null) {
            unit = read(text, dimension);
            if (read.size() < MAX_REMEMBERED) {  // bounded: unit strings come from untrusted input
                read.put(text, unit);
            }
        }
        return unit;
    }

    private static Optional<Unit> read(String text, Dimension dimension) {
        String key = normalise(text);
        Unit named = NAMED.getOrDefault(dimension, Map.of()).get(key);
        if (named != null) {
            return Optional.of(named);
        }
        return switch (dimension) {
            case CONCENTRATION -> concentration(key);
            case COUNT -> count(key);
            default -> Optional.empty();
        };
    }

    /** whether a bare number is read in {@code unit} by clinical convention, whatever other units its input takes */
    public static boolean impliedWhenUnstated(Unit unit) {
        return unit.equals(UNSTATED.get(unit.dimension()));
    }

    /** Like {@link #parse} for units written in calculator files, where an unknown unit is a bug in the file. */
    public static Unit require(String text, Dimension dimension) {
        return parse(text, dimension).orElseThrow(() -> new UnitException(
                "unknown " + dimension.name().toLowerCase(Locale.ROOT) + " unit '" + text + "'"));
    }

    /** lower case, one spelling of micro, no spaces or dots: "µmol / L" and "umol/l" read the same */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u00b5', 'u').replace('\u03bc', 'u').replace("mcg", "ug")
                .replace("³", "3").replace("²", "2").replace("⁹", "^9").replace("×", "x")
                .replaceAll("[\\s.]", "");
    }

    private static Optional<Unit> concentration(String key) {
        Matcher m = CONCENTRATION.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        String amount = m.group(1);
        String volume = m.group(2);
        double amountScale = PREFIXES.get(amount.length() == 1 || amount.equals("mol") || amount.equals("eq")
                ? "" : amount.substring(0, 1));
        Unit.Amount kind = amount.endsWith("mol") ? Unit.Amount.MOLES
                : amount.endsWith("eq") ? Unit.Amount.EQUIVALENTS : Unit.Amount.MASS;
        String symbol = prettyPrefix(amount) + "/" + VOLUME_SYMBOLS.get(volume);
        return Optional.of(Unit.concentration(symbol, kind, amountScale, VOLUMES.get(volume)));
    }

    private static Optional<Unit> count(String key) {
        Matcher m = COUNT.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        int exponent = m.group(1) != null ? Integer.parseInt(m.group(1)) : m.group(2) != null ? 3 : 0;
        String volume = m.group(3).replace("^", "");
        double litres = volume.equals("mm3") ? 1e-6 : VOLUMES.get(volume);
        String per = volume.equals("mm3") ? "mm³" : VOLUME_SYMBOLS.get(volume);
        String symbol = (exponent == 0 ? "" : "×10" + superscript(exponent)) + "/" + per;
        double perLitre = Math.pow(10, exponent) / litres;
        return Optional.of(new Unit(symbol, Dimension.COUNT, perLitre, 0, null, 0, litres));
    }

    private static final Map<String, Double> PREFIXES =
            Map.of("", 1.0, "m", 1e-3, "u", 1e-6, "n", 1e-9, "p", 1e-12);
    private static final Map<String, Double> VOLUMES = Map.of("l", 1.0, "dl", 0.1, "ml", 1e-3, "ul", 1e-6);
    private static final Map<String, String> VOLUME_SYMBOLS = Map.of("l", "L", "dl", "dL", "ml", "mL", "ul", "µL");

    private static String prettyPrefix(String amount) {
        return switch (amount) {
            case "umol" -> "µmol";
            case "ug" -> "µg";
            case "eq" -> "Eq";
            case "meq" -> "mEq";
            default -> amount;
        };
    }

    private static String superscript(int exponent) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            out.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return out.toString();
    }

    /** the spellings a person would recognise, for error messages */
    public static String describe(List<Unit> units) {
        return String.join(", ", units.stream().map(Unit::symbol).toList());
    }
}
