#!/usr/bin/env bash
# Scoring 5,000 HealthBench-shaped examples x 12 criteria from a judgments file, whole process: clinigrade's
# `rubric grade` (the fat jar through bin/clinigrade) against score.py (simple-evals' formula in Python), run
# interleaved, RUNS times each (default 5); prints each time, the medians and their ratio, and the two overall scores.
#
#     testcases/rubrics/bench/bench.sh [RUNS]      (from the project folder, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
source testcases/timing.sh
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 testcases/rubrics/bench/make-bench.py "$work"
java_times=(); python_times=()
for i in $(seq "$runs"); do
  java_times+=("$(seconds bin/clinigrade rubric grade --rubrics "$work/records.jsonl" --judgments "$work/judgments.jsonl" \
      --judge bench --out "$work/verdicts.jsonl" --summary "$work/summary.json")")
  python_times+=("$(seconds python3 testcases/rubrics/bench/score.py "$work/records.jsonl" "$work/judgments.jsonl" \
      "$work/py-verdicts.jsonl" "$work/py-summary.json")")
done
jm=$(median "${java_times[@]}"); pm=$(median "${python_times[@]}")
echo "clinigrade rubric grade: ${java_times[*]} s; median $jm s"
echo "score.py (simple-evals formula): ${python_times[*]} s; median $pm s"
echo "ratio python / clinigrade: $(echo "scale=2; $pm / $jm" | bc)"
node -e '
const fs = require("fs");
const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8")), p = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
console.log(`overall score: clinigrade ${j.overall_score} (n ${j.n_samples}), score.py ${p.overall_score} (n ${p["overall_score:n_samples"]})`);
if (Math.abs(j.overall_score - p.overall_score) > 1e-12 || j.n_samples !== p["overall_score:n_samples"]) process.exit(1);
' "$work/summary.json" "$work/py-summary.json"
