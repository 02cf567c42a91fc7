#!/usr/bin/env bash
# The speed an editor needs (issue 14, item 5), on release builds:
#   check    `wl check` of a 10,000-line script (target: under 100 ms)
#   edit     the language server's diagnostics after an edit to a 2,000-line script
#            (target: under 50 ms), and the server's memory on it (target: under 50 MiB)
#
#   bash bench/editor.sh                 # build, generate the scripts, measure
#   WL=/path/to/wl bash bench/editor.sh  # measure another build (lsp_latency is still built)
#
# Needs hyperfine for the check timing (a plain loop of `date` stamps otherwise). Scripts go to
# $WLBENCH_DATA (default /tmp/wlbench)/editor. Results are in RESULTS.md, "Editor speed".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
DATA=${WLBENCH_DATA:-/tmp/wlbench}/editor
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
mkdir -p "$DATA"
(cd "$ROOT" && cargo build --release --quiet --bin wl --example lsp_latency)
WL=${WL:-$TARGET/release/wl}

python3 "$HERE/gen_editor_script.py" 10000 "$DATA/10k.wl"
python3 "$HERE/gen_editor_script.py" 2000 "$DATA/2k.wl"
"$WL" check "$DATA/10k.wl"

if command -v hyperfine >/dev/null; then
  hyperfine -N --style basic --warmup 3 --runs "${RUNS:-20}" -n "check 10k lines" "$WL check $DATA/10k.wl"
else
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N); "$WL" check "$DATA/10k.wl" >/dev/null; e=$(date +%s%N)
    echo "check 10k lines: $(( (e - s) / 1000000 )) ms"
  done
fi
"$TARGET/release/examples/lsp_latency" "$WL" "$DATA/2k.wl" "${EDITS:-100}"
