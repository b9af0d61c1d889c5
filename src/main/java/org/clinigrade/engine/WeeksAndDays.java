package org.clinigrade.engine;

/** A duration as obstetrics writes it: whole weeks and the days left over (gestational age 39 weeks 2 days). */
public record WeeksAndDays(long weeks, long days) implements Answer {

    public static WeeksAndDays of(long totalDays) {
        return new WeeksAndDays(Math.floorDiv(totalDays, 7), Math.floorMod(totalDays, 7));
    }

    public long totalDays() {
        return weeks * 7 + days;
    }

    @Override
    public String text() {
        return "(" + weeks + " weeks, " + days + " days)";
    }

    @Override
    public double distance(Answer other) {
        return other instanceof WeeksAndDays duration ? Math.abs(totalDays() - duration.totalDays()) : Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return weeks + " weeks, " + days + " days";
    }
}
