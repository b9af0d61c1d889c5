#!/usr/bin/env bash
# Times `clinigrade cxr metrics` over 10,000 judged cases (whole process, the median of 5 runs).
# Usage: testcases/cxr/time-metrics.sh [path to clinigrade.jar]  (default: target/clinigrade.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/clinigrade.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 10,000 cases over the 12 tasks, every path length, each line valid for its task: a fixed pseudo-random walk
node -e '
const tasks = ["inclusion", "inspiration", "rotation", "projection", "cardiomegaly", "mediastinal_widening",
  "carina_angle", "trachea_deviation", "aortic_knob_enlargement", "ascending_aorta_enlargement",
  "descending_aorta_enlargement", "descending_aorta_tortuous"];
const refined = new Set(["inspiration", "projection", "mediastinal_widening", "aortic_knob_enlargement",
  "ascending_aorta_enlargement", "descending_aorta_enlargement", "descending_aorta_tortuous"]);
const perception = new Set(["inclusion", "inspiration", "trachea_deviation", "ascending_aorta_enlargement"]);
let seed = 15;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pass = () => next() < 0.7 ? 1 : 0;
const lines = [];
for (let i = 0; i < 10000; i++) {
  const task = tasks[i % tasks.length];
  const c = {task, dicom: "d" + i, init: next() < 0.1 ? -1 : pass(), criteria: null, bodypart: null,
    measurement: null, final: null};
  if (c.init !== -1) {
    c.criteria = next() < 0.5 ? [pass()] : [1, pass()];
    let on = c.criteria.every(s => s === 1);
    if (refined.has(task)) { c.custom_criteria = on ? (next() < 0.8 ? 1 : -1) : null; on = on && c.custom_criteria === 1; }
    if (on) { c.bodypart = [pass()]; on = c.bodypart[0] === 1; }
    if (on) { c.measurement = pass(); on = c.measurement === 1; }
    if (on) { c.final = pass(); }
    if (!perception.has(task) && c.final !== null) { c.value_in_range = next() < 0.6; }
  }
  lines.push(JSON.stringify(c));
}
require("fs").writeFileSync(process.argv[1], lines.join("\n") + "\n");
' "$work/scores.jsonl"

times=()
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  java -jar "$jar" cxr metrics --scores "$work/scores.jsonl" --summary "$work/summary.json" > /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "cxr metrics, 10,000 cases: runs ${times[*]} ms, median $median ms"
