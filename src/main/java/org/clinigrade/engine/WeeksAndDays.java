package org.clinigrade.engine;

/** A duration as obstetrics writes it: whole weeks and the days left over (gestational age 39 weeks 2 days). */
public record WeeksAndDays(long weeks, long days) {

    public static WeeksAndDays of(long totalDays) {
        return new WeeksAndDays(Math.floorDiv(totalDays, 7), Math.floorMod(totalDays, 7));
    }

    public long totalDays() {
        return weeks * 7 + days;
    }

    @Override
    public String toString() {
        return weeks + " weeks, " + days + " days";
    }
}
