#!/usr/bin/env python3
"""Writes judgments.jsonl for the 30 shared HealthBench records: criterion i of example_<k>.json is judged met
exactly when (k + i) % 3 != 0, a pattern a test recomputes from the records alone. Lines go record by record, in
the order of k, criteria in order; the explanation says the rule.

    python3 make-judgments.py ../../../../shared/data/rubrics/healthbench_oss_eval_first30 > judgments.jsonl
"""
import json
import pathlib
import re
import sys

folder = pathlib.Path(sys.argv[1])
files = sorted(folder.glob("*.json"), key=lambda f: int(re.search(r"_(\d+)\.json$", f.name).group(1)))
for f in files:
    k = int(re.search(r"_(\d+)\.json$", f.name).group(1))
    record = json.loads(f.read_text(encoding="utf-8"))
    for i, _ in enumerate(record["rubrics"]):
        met = (k + i) % 3 != 0
        print(json.dumps({"prompt_id": record["prompt_id"], "criterion_index": i, "criteria_met": met,
                          "explanation": f"example {k}, criterion {i}: (k + i) % 3 {'!=' if met else '=='} 0"}))
