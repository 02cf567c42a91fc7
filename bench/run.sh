#!/usr/bin/env bash
# Time wl on the five benchmark jobs of bench/README.md beside R, Python and the Rust floor, in
# one run, and print a markdown table of medians and ratios (bench/summarize.py).
#
#   bash bench/run.sh            # full run (a few minutes on 2 cores)
#   QUICK=1 bash bench/run.sh    # 3 runs each: a smoke test
#
# Needs hyperfine and GNU time; R (readr, psych, data.table) and Python (numpy, pandas, scipy)
# are timed when installed and skipped otherwise. On Debian:
#   apt-get install r-base-core r-cran-readr r-cran-psych r-cran-data.table hyperfine time
#   pip install numpy pandas scipy
# Data and results go to $WLBENCH_DATA (default /tmp/wlbench); nothing is written into the
# repository. Peer scripts, data generator and floor program are in bench/peers/ (copied from
# the project's shared benchmark definitions).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PEERS=$HERE/peers
DATA=${WLBENCH_DATA:-/tmp/wlbench}
OUT=$DATA/out
RES=$DATA/wl-results
RUNS=${RUNS:-10}
LONG_RUNS=${LONG_RUNS:-5}
if [[ -n "${QUICK:-}" ]]; then RUNS=3 LONG_RUNS=3; fi
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 VROOM_THREADS=1 R_DATATABLE_NUM_THREADS=1

mkdir -p "$OUT" "$RES"
rm -f "$RES"/*.json "$RES"/*.mem "$RES"/check.txt

PY=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || true)
HAVE_PY=""; [[ -n "$PY" ]] && "$PY" -c 'import numpy, pandas, scipy' 2>/dev/null && HAVE_PY=1
RS=$(command -v Rscript || true)
HAVE_R=""; [[ -n "$RS" ]] && "$RS" -e 'library(readr); library(psych); library(data.table)' >/dev/null 2>&1 && HAVE_R=1

echo "== building wl (release) and the floor program"
(cd "$ROOT" && cargo build --release --quiet)
WL=$ROOT/target/release/wl
rustc --edition 2021 -C opt-level=3 -o "$DATA/floor" "$PEERS/floor.rs"
FLOOR=$DATA/floor

if ! (cd "$DATA" && sha256sum --quiet -c SHA256SUMS 2>/dev/null); then
  echo "== generating data in $DATA"
  "$PY" "$PEERS/gen_data.py" "$DATA"
fi

{ date -u; uname -srm; echo "cpus $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -m1 'model name' /proc/cpuinfo || true
  "$WL" --version 2>/dev/null || true; hyperfine --version
  [[ -n "$HAVE_R" ]] && "$RS" --version | head -1
  [[ -n "$HAVE_PY" ]] && "$PY" -c 'import sys,numpy,pandas,scipy; print("python", sys.version.split()[0], "numpy", numpy.__version__, "pandas", pandas.__version__, "scipy", scipy.__version__)'
} > "$RES/env.txt" 2>&1 || true

# name|workload|tool|command
B=(
  "w1_wl|W1|wl|$WL run $HERE/w1_wisn.wl"
  "w2_wl|W2|wl|$WL run $HERE/w2_crosstab.wl"
  "w3_wl|W3|wl|$WL run $HERE/w3_alpha.wl $DATA/w3_likert.csv"
  "w3_floor|W3|floor: Rust whole job|$FLOOR w3-full $DATA/w3_likert.csv"
  "w4_wl|W4|wl|$WL run $HERE/w4_wisn_batch.wl $DATA/w4_activities.csv $OUT/w4_wl.csv"
  "w4_floor|W4|floor: Rust whole job|$FLOOR w4-full $DATA/w4_activities.csv $OUT/w4_floor.csv"
  "w5_wl|W5|wl|$WL run $HERE/w5_chisq_fisher.wl $DATA/w5_rxc.csv $DATA/w5_fisher2x2.csv"
)
if [[ -n "$HAVE_PY" ]]; then B+=(
  "w1_py|W1|Python|$PY $PEERS/w1_wisn.py"
  "w2_py|W2|Python|$PY $PEERS/w2_crosstab.py"
  "w3_py|W3|Python pandas+numpy|$PY $PEERS/w3_alpha.py $DATA/w3_likert.csv"
  "w4_py|W4|Python pandas|$PY $PEERS/w4_wisn_batch.py $DATA/w4_activities.csv $OUT/w4_py.csv"
  "w5_py|W5|Python|$PY $PEERS/w5_chisq_fisher.py $DATA/w5_rxc.csv $DATA/w5_fisher2x2.csv"
); fi
if [[ -n "$HAVE_R" ]]; then B+=(
  "w1_r|W1|R|$RS $PEERS/w1_wisn.R"
  "w2_r|W2|R|$RS $PEERS/w2_crosstab.R"
  "w3_r|W3|R readr+base cov|$RS $PEERS/w3_alpha_base.R $DATA/w3_likert.csv"
  "w4_r_dt|W4|R data.table|$RS $PEERS/w4_wisn_batch_dt.R $DATA/w4_activities.csv $OUT/w4_r_dt.csv"
  "w5_r|W5|R|$RS $PEERS/w5_chisq_fisher.R $DATA/w5_rxc.csv $DATA/w5_fisher2x2.csv"
); fi
: > "$RES/benchmarks.tsv"
for e in "${B[@]}"; do IFS='|' read -r n w t c <<<"$e"; printf '%s\t%s\t%s\t%s\n' "$n" "$w" "$t" "$c" >> "$RES/benchmarks.tsv"; done

echo "== correctness: wl's output against Python's (and the floor's)"
for e in "${B[@]}"; do
  IFS='|' read -r n w t c <<<"$e"
  eval "$c" > "$RES/$n.out" 2> "$RES/$n.err" || { echo "FAILED: $n"; cat "$RES/$n.err"; exit 1; }
done
same() { if cmp -s "$1" "$2"; then echo "ok   $3"; else echo "DIFF $3"; diff "$1" "$2" | head -5; fi; }
{
  if [[ -n "$HAVE_PY" ]]; then
    for w in w1 w2 w3 w5; do same "$RES/${w}_wl.out" "$RES/${w}_py.out" "$w wl == Python"; done
    same "$RES/w4_wl.out" "$RES/w4_py.out" "w4 summary line wl == Python"
    "$PY" "$HERE/compare_csv.py" "$OUT/w4_py.csv" "$OUT/w4_wl.csv"
  fi
  same "$RES/w3_wl.out" "$RES/w3_floor.out" "w3 wl == floor"
  same "$RES/w4_wl.out" "$RES/w4_floor.out" "w4 summary line wl == floor"
} | tee "$RES/check.txt"

echo "== timing (hyperfine, one run per workload so ratios come from the same minutes)"
for w in W1 W2 W3 W4 W5; do
  cmds=()
  while IFS=$'\t' read -r n ww t c; do [[ "$ww" == "$w" ]] && cmds+=(-n "$n" "$c"); done < "$RES/benchmarks.tsv"
  case $w in W3|W4) runs=$LONG_RUNS ;; *) runs=$RUNS ;; esac
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$RES/$w.json" "${cmds[@]}" > /dev/null
  printf '.'
done
echo

echo "== peak memory (GNU time, max RSS)"
while IFS=$'\t' read -r n w t c; do
  for i in 1 2 3; do eval "/usr/bin/time -a -o $RES/$n.mem -f '%M' $c" > /dev/null 2>&1; done
done < "$RES/benchmarks.tsv"

"${PY:-python3}" "$HERE/summarize.py" "$RES" | tee "$RES/table.md"
