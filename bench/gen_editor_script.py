#!/usr/bin/env python3
"""Write a wl script of exactly N lines for the editor benchmarks (bench/editor.sh): facility
after facility of what planners write (a calendar, constants, a helper function, a cadre with
activities and a support allowance, prints), every name distinct, and no problem for `wl check`
to report, so the time measured is parsing and checking rather than rendering.

    python3 bench/gen_editor_script.py 10000 /tmp/wlbench/editor/10k.wl
"""
import sys

BLOCK = """# facility {k}: Puskesmas Séparí {k}
calendar cal{k} {{
  hours_per_day = 8 h
  days_per_week = 5 days
  public_holidays = 15 days
  annual_leave = 12 days
}}
let visit_time{k} = 20 min per visit
let visits{k} = {v} visits
fn share{k}(part, whole) {{
  part / whole in %
}}
cadre nurse{k} in cal{k} {{
  current_staff = 3
  activity "Home visits" {{
    standard = visit_time{k}
    volume = visits{k}
  }}
  activity "Immunization" {{
    standard = 15 min per visit
    volume = 3000 visits
  }}
  support "Meetings" = 2 h per week
}}
print round(share{k}(21, 45), 1)
print visit_time{k} * visits{k} in h
"""


def main():
    lines, out = int(sys.argv[1]), sys.argv[2]
    text, k = [], 0
    while True:
        block = BLOCK.format(k=k, v=12000 + k).splitlines()
        if len(text) + len(block) > lines:
            break
        text.extend(block)
        k += 1
    text.extend(f"let pad{i} = {i}" for i in range(lines - len(text)))
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")


if __name__ == "__main__":
    main()
