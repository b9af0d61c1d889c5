#!/usr/bin/env bash
# Deterministic checks on 5,000 responses of about 300 words to the shipped af-anticoagulation rubric (5 criteria
# decided by rules: two calculators on the case's entities, a calculator threshold with phrases, a negated mention,
# a word limit), whole process: `bin/clinigrade rubric grade` RUNS times (default 5); prints each time and the median.
#
#     testcases/rubrics/bench/checks.sh [RUNS]      (from the project folder, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
source testcases/timing.sh
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 testcases/rubrics/bench/make-responses.py "$work"
times=()
for i in $(seq "$runs"); do
  times+=("$(seconds bin/clinigrade rubric grade --rubrics rubrics/af-anticoagulation.json --judgments \
      "$work/judgments.jsonl" --responses "$work/responses.jsonl" --judge bench --out "$work/verdicts.jsonl")")
done
echo "rubric grade, 5,000 responses with rule checks: ${times[*]} s; median $(median "${times[@]}") s"
echo "verdicts: $(wc -l < "$work/verdicts.jsonl"), rule-decided criteria: $(grep -o '"source":"rule"' "$work/verdicts.jsonl" | wc -l)"
