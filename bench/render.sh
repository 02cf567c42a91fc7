#!/usr/bin/env bash
# Time rendering diagnostics (issue 15, item 4): `wl check` on generated scripts whose every
# diagnostic is cheap to find (an unknown character, reported by the lexer), so the time is
# almost all rendering.
#
#   bash bench/render.sh            # build wl (release), generate the scripts, time them
#   WL=/path/to/wl bash bench/render.sh   # time another build (e.g. an older one), no build
#
#   many-lines  10,000 lines (222 KB), an error on every tenth: 1,000 diagnostics
#   one-line    one line of 6,900 characters with 1,000 errors on it: each diagnostic
#               shows the whole line, so the output is 14 MB and writing it sets the time
#
# Needs hyperfine. Scripts and output go to $WLBENCH_DATA (default /tmp/wlbench)/render.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
DATA=${WLBENCH_DATA:-/tmp/wlbench}/render
mkdir -p "$DATA"
if [[ -z "${WL:-}" ]]; then
  (cd "$ROOT" && cargo build --release --quiet)
  WL=${CARGO_TARGET_DIR:-$ROOT/target}/release/wl
fi

# The lexer reports `~` (not a wl character) and the parser carries on, one diagnostic each.
: > "$DATA/many-lines.wl"
for ((i = 0; i < 10000; i++)); do
  if ((i % 10 == 0)); then echo "let w$i = v$((i - 1)) ~ 2  # line $i"; else echo "let v$i = $i * 2"; fi
done >> "$DATA/many-lines.wl"
{ printf 'let x ='; for ((i = 0; i < 1000; i++)); do printf ' v%d ~' "$i"; done; echo; } > "$DATA/one-line.wl"

for s in many-lines one-line; do
  n=$("$WL" check "$DATA/$s.wl" 2>&1 >/dev/null | grep -c '^\[E0101\] Error' || true)
  echo "$s: $n diagnostics"
done
hyperfine -N --style basic --warmup 1 --runs "${RUNS:-10}" -i \
  -n many-lines "$WL check $DATA/many-lines.wl" \
  -n one-line "$WL check $DATA/one-line.wl"
