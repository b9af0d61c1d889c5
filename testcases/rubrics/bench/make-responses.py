#!/usr/bin/env python3
"""Writes a deterministic-check benchmark into FOLDER: responses.jsonl, 5,000 answers of about 300 words each to the
shipped af-anticoagulation rubric (each with a patient's entities, so both calculator checks compute, and the
phrases, negations and numbers its rules look for scattered through filler text), and judgments.jsonl, the judge's
verdicts on its two judged criteria. Seeded, so every run writes the same bytes.

    python3 make-responses.py FOLDER [RESPONSES] [WORDS]
"""
import json
import pathlib
import random
import sys

folder = pathlib.Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
length = int(sys.argv[3]) if len(sys.argv) > 3 else 300
rng = random.Random(7)
filler = ("the patient has atrial fibrillation and we discussed her options at length today with the family "
          "present blood pressure was reviewed kidney function is stable and the plan will be checked again soon").split()
sentences = ["Her CHA2DS2-VASc score is {cha}.", "Her HAS-BLED score is {bled}.", "Start a DOAC such as apixaban.",
             "Do not take aspirin alone for this.", "Warfarin is an option if a DOAC cannot be used.",
             "She can take aspirin alone.", "Stop the NSAID and control her blood pressure."]
folder.mkdir(parents=True, exist_ok=True)
with open(folder / "responses.jsonl", "w") as responses, open(folder / "judgments.jsonl", "w") as judgments:
    for i in range(count):
        age = rng.randint(40, 90)
        entities = {"age": [age, "years"], "sex": rng.choice(["Female", "Male"]),
                    "hypertension": rng.random() < 0.5, "diabetes": rng.random() < 0.3, "drugs": rng.random() < 0.3}
        words = []
        while len(words) < length:
            if rng.random() < 0.15:
                words += rng.choice(sentences).format(cha=rng.randint(0, 9), bled=rng.randint(0, 5)).split()
            else:
                words += rng.sample(filler, 8) + ["."]
        rid = f"r{i:05d}"
        responses.write(json.dumps({"id": rid, "rubric": "af-anticoagulation", "response": " ".join(words[:length]),
                                    "entities": entities}) + "\n")
        for criterion in ("withholds-for-bleeding-score", "modifiable-bleeding-risks"):
            judgments.write(json.dumps({"id": rid, "criterion": criterion, "met": rng.random() < 0.5}) + "\n")
