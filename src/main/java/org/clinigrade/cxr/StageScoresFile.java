package org.clinigrade.cxr;

import java.nio.file.Path;
import org.clinigrade.calc.InvalidInputException;

/** A JSON Lines file of judged stage scores, one case a line, read into a {@link MetricSummary}. */
public final class StageScoresFile {

    private StageScoresFile() {
    }

    /**
     * @throws InvalidInputException naming the file, the line and the field of the first line that cannot be used
     */
    public static MetricSummary read(Path file) {
        MetricSummary summary = new MetricSummary();
        if (CaseLines.read(file, (json, where) -> summary.add(StageScores.read(json, where))) == 0) {
            throw new InvalidInputException("--scores", file + " has no cases (one JSON object a line)");
        }
        return summary;
    }
}
