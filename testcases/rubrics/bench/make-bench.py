#!/usr/bin/env python3
"""Writes a scoring benchmark into FOLDER: records.jsonl, 5,000 HealthBench-shaped records of 12 criteria each (a
prompt of a few hundred characters, 8 positive and 4 negative criteria, axis and level tags, a theme and sometimes a
physician category), and judgments.jsonl, one judgment per criterion (60,000 lines), seeded so every run writes the
same bytes.

    python3 make-bench.py FOLDER [EXAMPLES] [CRITERIA]
"""
import json
import pathlib
import random
import sys

folder = pathlib.Path(sys.argv[1])
examples = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
criteria = int(sys.argv[3]) if len(sys.argv) > 3 else 12
rng = random.Random(14)
axes = ["accuracy", "completeness", "communication_quality", "context_awareness", "instruction_following"]
themes = ["emergency_referrals", "communication", "hedging", "complex_responses", "health_data_tasks",
          "global_health", "context_seeking"]
words = ("patient pain dose tablet fever history chest breath infant pressure blood sugar week daily doctor "
         "symptoms clinic advice risk test kidney liver heart sleep").split()

folder.mkdir(parents=True, exist_ok=True)
with open(folder / "records.jsonl", "w") as records, open(folder / "judgments.jsonl", "w") as judgments:
    for e in range(examples):
        prompt_id = f"bench-{e:05d}"
        rubrics = []
        for i in range(criteria):
            points = rng.randint(1, 10) if i % 3 != 2 else -rng.randint(1, 10)
            tags = [f"axis:{rng.choice(axes)}", "level:example" if rng.random() < 0.85 else "level:cluster"]
            rubrics.append({"criterion": " ".join(rng.choices(words, k=18)).capitalize() + ".", "points": points,
                            "tags": tags})
            judgments.write(json.dumps({"prompt_id": prompt_id, "criterion_index": i,
                                        "criteria_met": rng.random() < 0.6,
                                        "explanation": " ".join(rng.choices(words, k=12))}) + "\n")
        example_tags = [f"theme:{rng.choice(themes)}"]
        if rng.random() < 0.5:
            example_tags.append("physician_agreed_category:enough-context")
        prompt = [{"role": "user", "content": " ".join(rng.choices(words, k=60))}]
        records.write(json.dumps({"prompt": prompt, "completion": None, "rubrics": rubrics,
                                  "example_tags": example_tags, "ideal_completions_data": None,
                                  "prompt_id": prompt_id}) + "\n")
