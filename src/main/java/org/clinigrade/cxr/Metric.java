package org.clinigrade.cxr;

/** The values {@code metric.py} prints for Path 1, in its order, under its names. */
public enum Metric {
    /** final correct over the cases that answered (Wilson-adjusted, %) */
    COMPLETION("completion", "Completion_score"),
    /** Completion times the value-in-range rate (measurement tasks) */
    COMPLETION_REFINED("completion_refined", "Completion_refined"),
    /** mean number of stages passed after init, 0 to 4 */
    DEPTH("depth", "Depth_score"),
    /** Depth with the value in range required for the measurement stage to count (measurement tasks) */
    DEPTH_REFINED("depth_refined", "Depth_refined"),
    /** the value in the final answer lies in the gold range, over the cases correct at measurement (%) */
    CONSISTENCY("consistency", "Consistency_score"),
    /** the initial answer was right too, over the cases correct at measurement (%) */
    ALIGNMENT("alignment", "Alignment_score"),
    /** Alignment times the value-in-range rate (measurement tasks) */
    ALIGNMENT_REFINED("alignment_refined", "Alignment_refined");

    private final String id;
    private final String printed;

    Metric(String id, String printed) {
        this.id = id;
        this.printed = printed;
    }

    /** the summary's name */
    public String id() {
        return id;
    }

    /** the name {@code metric.py} prints */
    public String printedName() {
        return printed;
    }
}
