package org.clinigrade.calc;

/** An interpretation band: a label for values in [from, below); either bound may be open (null). */
public record Band(Double from, Double below, String label) {

    boolean contains(double value) {
        return (from == null || value >= from) && (below == null || value < below);
    }
}
