#!/usr/bin/env python3
"""HealthBench scoring as openai/simple-evals' healthbench_eval.py does it (calculate_score, the tag scores of
grade_sample, _compute_clipped_stats), on a HealthBench records file and a judgments file as `clinigrade rubric grade`
reads them, without the grader calls: the judgments stand for the grader's replies. Writes one line of metrics per
example to VERDICTS and the run's metrics (mean clipped to [0, 1], n_samples, bootstrap_std of 1,000 resamples) to
SUMMARY. numpy as simple-evals uses it when installed, else the standard library.

    python3 score.py RECORDS JUDGMENTS VERDICTS SUMMARY
"""
import json
import sys
from collections import defaultdict

try:
    import numpy as np
except ImportError:
    np = None
import random
import statistics


class RubricItem:
    def __init__(self, criterion, points, tags):
        self.criterion = criterion
        self.points = points
        self.tags = tags


def calculate_score(rubric_items, grading_response_list):
    total_possible_points = sum(item.points for item in rubric_items if item.points > 0)
    if total_possible_points == 0:
        return None
    achieved_points = sum(item.points for item, grading in zip(rubric_items, grading_response_list, strict=True)
                          if grading["criteria_met"])
    return achieved_points / total_possible_points


def grade_sample(example_tags, rubric_items, grading_response_list):
    overall_score = calculate_score(rubric_items, grading_response_list)
    assert overall_score is not None
    metrics = {"overall_score": overall_score}
    metrics.update({tag: overall_score for tag in example_tags})
    rubric_tag_items_grades = defaultdict(list)
    for item, grading in zip(rubric_items, grading_response_list):
        for tag in item.tags:
            rubric_tag_items_grades[tag].append((item, grading))
    for tag, items_grades in rubric_tag_items_grades.items():
        items, grades = zip(*items_grades)
        score = calculate_score(items, grades)
        if score is not None:
            metrics[tag] = score
    return metrics


def clip(x):
    return min(1.0, max(0.0, x))


def compute_clipped_stats(values, stat):
    if stat == "mean":
        return float(np.clip(np.mean(values), 0, 1)) if np else clip(statistics.fmean(values))
    if stat == "n_samples":
        return len(values)
    if stat == "bootstrap_std":
        if np:
            samples = [np.random.choice(values, len(values)) for _ in range(1000)]
            return float(np.std([compute_clipped_stats(list(s), "mean") for s in samples]))
        samples = [random.choices(values, k=len(values)) for _ in range(1000)]
        return statistics.pstdev([compute_clipped_stats(s, "mean") for s in samples])
    raise ValueError(stat)


def main(records_path, judgments_path, verdicts_path, summary_path):
    judgments = defaultdict(dict)
    with open(judgments_path) as f:
        for line in f:
            j = json.loads(line)
            judgments[j["prompt_id"]][j["criterion_index"]] = j
    name2values = defaultdict(list)
    with open(records_path) as f, open(verdicts_path, "w") as out:
        for line in f:
            example = json.loads(line)
            items = [RubricItem(d["criterion"], d["points"], d["tags"]) for d in example["rubrics"]]
            grades = [judgments[example["prompt_id"]][i] for i in range(len(items))]
            metrics = grade_sample(example["example_tags"], items, grades)
            out.write(json.dumps({"prompt_id": example["prompt_id"], **metrics}) + "\n")
            for name, value in metrics.items():
                name2values[name].append(value)
    final = {}
    for name, values in name2values.items():
        for stat in ["mean", "n_samples", "bootstrap_std"]:
            final[name if stat == "mean" else f"{name}:{stat}"] = compute_clipped_stats(values, stat)
    with open(summary_path, "w") as f:
        json.dump(final, f, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:5])
