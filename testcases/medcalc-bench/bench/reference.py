#!/usr/bin/env python3
"""MedCalc-Bench's own calculators (its calculator_implementations/, Python) over every row of a test CSV, each row
computed from its Relevant Entities (renamed to the functions' own names by its name_to_python.json) as the
benchmark's authors computed the labels: the comparison for
`clinigrade medcalc-bench`. Prints the rows computed, the rows whose computation raised, and the rows whose answer
agrees with the label within Lower/Upper Limit.

    python3 reference.py MEDCALC_BENCH_CHECKOUT TEST_CSV
"""
import ast
import csv
import importlib
import io
import json
import pathlib
import sys
from contextlib import redirect_stdout

checkout = pathlib.Path(sys.argv[1]) / "calculator_implementations"
sys.path.insert(0, str(checkout))
functions = {}
# the CSV names entities as the notes do ("Systolic Blood Pressure"); name_to_python.json maps them to the functions'
# own names ("sys_bp"), beside the function and its file, in letters of either case ("QT interval", "QT Interval")
renames = {}
for calculator_id, entry in json.loads((checkout / "name_to_python.json").read_text()).items():
    module = importlib.import_module(pathlib.Path(entry.pop("file path")).stem)
    functions[int(calculator_id)] = getattr(module, entry.pop("explanation function"))
    renames[int(calculator_id)] = {k.lower(): v for k, v in entry.items() if k not in ("calculator name", "type", "question")}

computed = failed = agreeing = 0
csv.field_size_limit(1 << 30)
with open(sys.argv[2], newline="", encoding="utf-8") as rows, redirect_stdout(io.StringIO()):
    for row in csv.DictReader(rows):
        try:
            calculator = int(row["Calculator ID"])
            entities = {renames[calculator].get(name.lower(), name): value
                        for name, value in ast.literal_eval(row["Relevant Entities"]).items()}
            answer = functions[calculator](entities)["Answer"]
            computed += 1
            if row["Output Type"] == "date" or isinstance(answer, (str, tuple)):
                agreeing += str(answer) == row["Ground Truth Answer"]
            else:
                agreeing += float(row["Lower Limit"]) <= float(answer) <= float(row["Upper Limit"])
        except Exception:
            failed += 1
print(f"computed {computed}, failed {failed}, agreeing with the label {agreeing}")
