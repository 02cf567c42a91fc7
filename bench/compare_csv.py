"""W4: wl's 90,000-row CSV against pandas', cell by cell, to 1e-4 (the job's tolerance)."""
import csv
import sys

ref, got = (list(csv.reader(open(p))) for p in sys.argv[1:3])
assert len(ref) == len(got) and ref[0] == got[0], "header or row count differs"
worst, equal = 0.0, 0
for a, b in zip(ref[1:], got[1:]):
    assert a[:3] == b[:3], (a, b)
    d = max(abs(float(x) - float(y)) for x, y in zip(a[3:], b[3:]))
    worst, equal = max(worst, d), equal + (d == 0)
status = "ok  " if worst <= 1.00001e-4 else "DIFF"
print(f"{status} w4 CSV wl vs pandas: {equal}/{len(ref) - 1} rows byte-equal, max abs diff {worst:.1e}")
