"""The table of bench/run.sh: medians per job and the ratio of each to wl, from one run."""
import json
import os
import statistics as st
import sys

RES = sys.argv[1]
TARGETS = {"W1": "under 5 ms", "W2": "under 10 ms", "W3": "within 2x of the floor",
           "W4": "within 1.5x of the floor, under 100 MiB", "W5": "under 20 ms"}
bench = [line.rstrip("\n").split("\t") for line in open(os.path.join(RES, "benchmarks.tsv"))]
print("| workload | tool | median | min-max | peak RSS | time / wl |")
print("|---|---|---:|---:|---:|---:|")
for w in ["W1", "W2", "W3", "W4", "W5"]:
    path = os.path.join(RES, f"{w}.json")
    if not os.path.exists(path):
        continue
    results = {r["command"]: r["times"] for r in json.load(open(path))["results"]}
    wl = st.median(results[f"{w.lower()}_wl"])
    for n, ww, tool, _ in bench:
        if ww != w or n not in results:
            continue
        t = results[n]
        mem_path = os.path.join(RES, f"{n}.mem")
        mem = st.median(int(x) for x in open(mem_path).read().split()) if os.path.exists(mem_path) else 0
        print(f"| {w} ({TARGETS[w]}) | {tool} | {st.median(t) * 1000:.1f} ms | "
              f"{min(t) * 1000:.1f}-{max(t) * 1000:.1f} ms | {mem / 1024:.0f} MiB | {st.median(t) / wl:.2f}x |")
