#!/usr/bin/env bash
# The conformance run against MedCalc-Bench's own calculators, whole process, interleaved RUNS times each (default 11):
# `bin/clinigrade medcalc-bench` on the 1,047 test rows (with the corrected labels) and reference.py, MedCalc-Bench's
# calculator_implementations over the same rows. Prints each time, the medians and their ratio.
#
#     testcases/medcalc-bench/bench/time-conformance.sh MEDCALC_BENCH_CHECKOUT [RUNS]   (from the project folder, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
source testcases/timing.sh
checkout=$1
runs=${2:-11}
data=../shared/data
java_times=(); python_times=()
for i in $(seq "$runs"); do
  java_times+=("$(seconds bin/clinigrade medcalc-bench --data "$data/medcalc-bench/test_data_v1.0.csv" \
      --corrected "$data/medcalc-bench-corrected/medcalc_v1_corrected.csv")")
  python_times+=("$(seconds python3 testcases/medcalc-bench/bench/reference.py "$checkout" "$data/medcalc-bench/test_data_v1.0.csv")")
done
jm=$(median "${java_times[@]}"); pm=$(median "${python_times[@]}")
echo "clinigrade medcalc-bench: ${java_times[*]} s; median $jm s"
echo "MedCalc-Bench's calculators (reference.py): ${python_times[*]} s; median $pm s"
echo "ratio clinigrade / python: $(echo "scale=2; $jm / $pm" | bc)"
python3 testcases/medcalc-bench/bench/reference.py "$checkout" "$data/medcalc-bench/test_data_v1.0.csv"
