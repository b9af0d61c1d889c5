package org.clinigrade.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class ConversionTest {

    private static double convert(double value, String from, String to, Dimension dimension, Substance substance) {
        return Conversion.of(value, UnitTable.require(from, dimension), UnitTable.require(to, dimension), substance).to();
    }

    @ParameterizedTest(name = "{0} {1} {2} = {4} {3}")
    @CsvSource(delimiter = ';', textBlock = """
            creatinine; 88.4;   µmol/L; mg/dL;  1.0;     0.001
            creatinine; 1.0;    mg/dL;  µmol/L; 88.402;  0.001
            creatinine; 0.0884; mmol/L; mg/dL;  1.0;     0.001
            calcium;    2.0;    mmol/L; mg/dL;  8.0156;  0.0001
            calcium;    5.0;    mEq/L;  mg/dL;  10.0195; 0.0001
            calcium;    2.5;    mmol/L; mEq/L;  5.0;     1e-9
            sodium;     140;    mEq/L;  mmol/L; 140;     1e-9
            bilirubin;  17.1;   µmol/L; mg/dL;  0.99979; 0.0001
            glucose;    5.5;    mmol/L; mg/dL;  99.086;  0.001
            urea nitrogen; 10;  mmol/L; mg/dL;  28.013;  0.001
            albumin;    35;     g/L;    g/dL;   3.5;     1e-9
            """)
    void converts_concentrations_with_the_substance_table(String substance, double value, String from, String to,
                                                          double expected, double tolerance) {
        Substance s = Substance.byLabel(substance).orElseThrow();
        assertEquals(expected, convert(value, from, to, Dimension.CONCENTRATION, s), tolerance);
    }

    @ParameterizedTest(name = "{0} {1} = {4} {3}")
    @CsvSource(delimiter = ';', textBlock = """
            MASS;        150;  lbs;               kg;     68.0389;  0.0001
            MASS;        2500; g;                 kg;     2.5;      1e-9
            LENGTH;      69;   in;                cm;     175.26;   1e-9
            LENGTH;      6;    ft;                m;      1.8288;   1e-9
            LENGTH;      1.75; m;                 cm;     175;      1e-9
            TEMPERATURE; 101;  degrees fahrenheit; °C;    38.3333;  0.0001
            TEMPERATURE; 37;   degrees celsius;   °F;     98.6;     1e-9
            AGE;         30;   months;            years;  2.5;      1e-9
            COUNT;       150000; µL;              10^9/L; 150;      1e-9
            COUNT;       150;  10^3/µL;           10^9/L; 150;      1e-9
            COUNT;       4.5;  x10^9/L;           /mm3;   4500;     1e-9
            PRESSURE;    16;   kPa;               mm hg;  120.01;   0.01
            MASS;        250;  mcg;               mg;     0.25;     1e-9
            INTERNATIONAL_UNITS; 60; pmol/L;      µIU/mL; 10;       1e-9
            BODY_MASS_INDEX; 25; kg/m^2;          kg/m²;  25;       1e-9
            VOLUME_PER_DAY; 20; mL/h;             mL/day; 480;      1e-9
            DOSE_RATE;   0.1;  mcg/kg/min;        µg/kg/min; 0.1;   1e-9
            DOSES_PER_DAY; 3;  per day;           /day;   3;        1e-9
            """)
    void converts_other_dimensions(Dimension dimension, double value, String from, String to, double expected,
                                   double tolerance) {
        assertEquals(expected, convert(value, from, to, dimension, null), tolerance);
    }

    @Test
    void reads_feet_and_inches_as_one_height() {
        var parts = QuantityReader.parts(JsonMapper.builder().build().readTree("[5, \"ft\", 9, \"in\"]"));
        Unit cm = UnitTable.require("cm", Dimension.LENGTH);
        var reading = QuantityReader.convert(parts, cm,
                List.of(cm, UnitTable.require("ft", Dimension.LENGTH), UnitTable.require("in", Dimension.LENGTH)), null);
        assertEquals(175.26, reading.value(), 1e-9);
        assertEquals(2, reading.conversions().size(), "each part's conversion is a step");
    }

    @Test
    void twenty_inches_beside_five_feet_are_added_with_a_caution() {
        Unit cm = UnitTable.require("cm", Dimension.LENGTH);
        List<Unit> accepted = List.of(cm, UnitTable.require("ft", Dimension.LENGTH), UnitTable.require("in", Dimension.LENGTH));
        var slip = QuantityReader.convert(List.of(new QuantityReader.Part(5, "ft"), new QuantityReader.Part(20, "in")),
                cm, accepted, null);
        var usual = QuantityReader.convert(List.of(new QuantityReader.Part(5, "ft"), new QuantityReader.Part(11, "in")),
                cm, accepted, null);
        assertEquals(203.2, slip.value(), 1e-9);
        assertEquals(List.of("20 in beside 5 ft is 12 in or more; added as given: 203.2 cm"), slip.cautions());
        assertEquals(List.of(), usual.cautions());
    }

    @ParameterizedTest(name = "{0} in {1}, also {2}: unit required {3}")
    @CsvSource(delimiter = ';', textBlock = """
            creatinine; mg/dL;  µmol/L; true
            calcium;    mmol/L; mEq/L;  true
            sodium;     mmol/L; mEq/L;  false
            potassium;  mmol/L; mEq/L;  false
            """)
    void a_bare_concentration_needs_its_unit_unless_every_unit_reads_the_number_alike(String substance, String unit,
                                                                                      String other, boolean required) {
        Unit target = UnitTable.require(unit, Dimension.CONCENTRATION);
        List<Unit> accepted = List.of(target, UnitTable.require(other, Dimension.CONCENTRATION));
        assertEquals(required, QuantityReader.unitRequired(target, accepted, Substance.byLabel(substance).orElseThrow()));
    }

    @ParameterizedTest(name = "{1} with {2}: unit required {3}")
    @CsvSource(delimiter = ';', textBlock = """
            TEMPERATURE; °C;    °F;     true
            MASS;        kg;    lb;     true
            PRESSURE;    mmHg;  kPa;    true
            AGE;         years; months; false
            AGE;         months; years; true
            """)
    void a_bare_number_needs_its_unit_where_another_unit_reads_it_differently(Dimension dimension, String unit, String other,
                                                                              boolean required) {
        Unit target = UnitTable.require(unit, dimension);
        assertEquals(required, QuantityReader.unitRequired(target, List.of(target, UnitTable.require(other, dimension)), null));
        assertEquals(false, QuantityReader.unitRequired(target, List.of(target), null), "one unit: nothing to mistake");
    }

    @Test
    void an_unknown_unit_is_an_error_that_lists_the_accepted_ones() {
        Unit mgdl = UnitTable.require("mg/dL", Dimension.CONCENTRATION);
        Unit umol = UnitTable.require("µmol/L", Dimension.CONCENTRATION);
        var parts = List.of(new QuantityReader.Part(1.2, "mg"));
        UnitException e = assertThrows(UnitException.class,
                () -> QuantityReader.convert(parts, mgdl, List.of(mgdl, umol), Substance.CREATININE));
        assertEquals("unit 'mg' unknown (expected mg/dL, µmol/L)", e.getMessage());
    }

    @Test
    void moles_to_mass_without_a_substance_is_refused() {
        assertThrows(UnitException.class, () -> convert(1, "mmol/L", "mg/dL", Dimension.CONCENTRATION, null));
    }

    @Test
    void equivalents_of_an_uncharged_substance_are_refused() {
        UnitException e = assertThrows(UnitException.class,
                () -> convert(1, "mEq/L", "mg/dL", Dimension.CONCENTRATION, Substance.GLUCOSE));
        assertTrue(e.getMessage().contains("glucose has no valence"), e.getMessage());
    }

    @Test
    void each_spelling_of_micro_reads_the_same() {
        Unit micro = UnitTable.require("µmol/L", Dimension.CONCENTRATION);
        assertEquals(micro, UnitTable.require("μmol/L", Dimension.CONCENTRATION));
        assertEquals(micro, UnitTable.require("umol/l", Dimension.CONCENTRATION));
        assertEquals(micro, UnitTable.require("µmol / L", Dimension.CONCENTRATION));
    }

    @Test
    void a_conversion_describes_itself_for_the_trace() {
        Conversion c = Conversion.of(88.4, UnitTable.require("µmol/L", Dimension.CONCENTRATION),
                UnitTable.require("mg/dL", Dimension.CONCENTRATION), Substance.CREATININE);
        assertEquals("88.4 µmol/L → 1 mg/dL (÷ 88.402; creatinine 113.12 g/mol)", c.toString());
    }
}
