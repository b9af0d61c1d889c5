package org.clinigrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassDataTrainingTest {

    @Test
    void commandLinesAreSplitAtEachPlusAndEmptyOnesDropped() {
        assertEquals(List.of(List.of("calc", "bmi", "--input", "x.json"), List.of("list")),
                ClassDataTraining.commands("calc", "bmi", "--input", "x.json", "+", "+", "list", "+"));
    }

    @Test
    void aCommandThatFailsEndsTheTrainingWithItsCode() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, ClassDataTraining.run(new PrintWriter(out), new PrintWriter(err),
                "describe", "bmi", "+", "calc", "no-such-calculator", "+", "describe", "sofa"));
        assertTrue(out.toString().contains("Body Mass Index"), out.toString());
        assertFalse(out.toString().contains("SOFA"), "the run stops at the failing command");
        assertTrue(err.toString().contains("'calc no-such-calculator' ended with 2"), err.toString());
    }

    @Test
    void commandsThatSucceedEndItWithZero() {
        StringWriter out = new StringWriter();
        assertEquals(0, ClassDataTraining.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "describe", "bmi", "+", "describe", "sofa"));
        assertTrue(out.toString().contains("Body Mass Index") && out.toString().contains("SOFA"), out.toString());
    }
}
