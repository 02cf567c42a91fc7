# abk.wl: the two Indonesian profiles of the workload method.
#
# ABK-Kes (PMK 33/2015; domain spec 3.2, 6, 7.3, 8):
#   SBK = WKT / time norm            (per main task, WKT in minutes)
#   requirement = achievement / SBK  (per main task; tasks marked not counted give 0)
#   JKT = sum of requirements
#   FTP = sum(annual time of supporting task / WKT);  STP = 1 / (1 - FTP)
#   total = JKT x STP, rounded to whole persons (half-up unless told otherwise)
#   gap = available - needed: "kurang" (short), "lebih" (excess) or "sesuai"
# Kepmenkes 81/2004 (domain spec 3.4, 7.4, 8):
#   need = sum(volume / SBK) + SK, with SK = annual allowance time / WKT added ONCE to the sum.
#
# A cadre's activities are the main tasks; its support activities are the supporting tasks
# (ABK-Kes) or the allowance items (Kepmenkes 81/2004).

# internal: the WKT an ABK-Kes calculation uses: the calendar's (available days x effective day),
# or a named norm passed as `wkt:` (its per-year figure), or a time given directly.
fn abk_wkt(cal, wkt) {
  if wkt == nothing { wkt_abk(cal) in min } else { if type(wkt) == "record" { wkt.per_year } else { wkt in min } }
}

# SBK (standar beban kerja, ABK-Kes and Kepmenkes 81/2004): how many units of activity `a`
# one worker completes in the working time `wkt`: WKT / time norm (or WKT x rate of working).
# sbk(a, 82800 min) for a 30-minute task is 2760.
fn sbk(a, wkt) {
  units_in(wkt, a)
}

# Staff one main task needs (ABK-Kes): its annual achievement / SBK at working time `wkt`.
fn task_requirement(a, wkt, cal) {
  let achievement = annual(a.volume, cal)
  let sbk = sbk(a, wkt)
  achievement / sbk
}

# internal: a main task's requirement, or 0 for a task marked not counted (`include = false`).
fn counted_requirement(a, wkt, cal) {
  if a.include { task_requirement(a, wkt, cal) } else { 0 }
}

# internal: FTP of one supporting task: its annual time as a share of WKT.
fn ftp_of(s, cal, wkt) {
  let time = annual_time(s.value, cal, s)
  time / wkt in %
}

# internal: the ABK-Kes word for a gap: "kurang" (short), "lebih" (excess) or "sesuai".
fn gap_status(gap) {
  if gap < 0 { "kurang" } else { if gap > 0 { "lebih" } else { "sesuai" } }
}

# ABK-Kes (PMK 33/2015) for a cadre: per main task SBK and requirement, JKT = their sum,
# FTP = supporting-task time / WKT, STP = 1 / (1 - FTP), total = JKT x STP and `needed` rounded
# to whole persons (`rounding`, half-up by default). WKT is the calendar's (available days x
# effective day) unless `wkt:` gives a norm or a time. With `current_staff`, also the gap
# (available - needed) and its status: kurang, lebih or sesuai.
fn abk_kes(cadre, wkt = nothing, rounding = "half_up") {
  let cal = calendar_of(cadre)
  check_counted_once(cadre)
  let time = abk_wkt(cal, wkt)
  let tasks = to_table(map(cadre.activities, fn(a) => {
    task: a.name,
    achievement: annual(a.volume, cal),
    norm: unit_time(a),
    sbk: sbk(a, time),
    requirement: counted_requirement(a, time, cal),
  }))
  let jkt = sum(map(cadre.activities, fn(a) => counted_requirement(a, time, cal)))
  let ftp = sum(map(cadre.supports, fn(s) => ftp_of(s, cal, time))) in %
  if ftp >= 100% {
    fail("E0501", "the supporting tasks of `" + cadre.name + "` take " + str(ftp) + " of WKT", at: cadre)
  }
  let stp = 1 / (1 - ftp)
  let total = jkt * stp
  let needed = round(total, 0, rounding)
  let result = {cadre: title(cadre), wkt: time, tasks: tasks, jkt: jkt, ftp: ftp, stp: stp, total: total, needed: needed}
  if has(cadre, "current_staff") {
    let gap = cadre.current_staff - needed
    merge(result, {available: cadre.current_staff, gap: gap, status: gap_status(gap)})
  } else {
    result
  }
}

# Kepmenkes 81/2004 for a cadre: need = sum(volume / SBK) + SK, with WKT from its calendar.
# The allowance SK (the support items' annual time / WKT) is a fraction of one person, added
# once to the sum.
fn kepmenkes_81(cadre) {
  let cal = calendar_of(cadre)
  check_counted_once(cadre)
  let time = wkt(cal) in min
  let tasks = to_table(map(cadre.activities, fn(a) => {
    task: a.name,
    quantity: annual(a.volume, cal),
    sbk: sbk(a, time),
    need: counted_requirement(a, time, cal),
  }))
  let sum_of_tasks = sum(map(cadre.activities, fn(a) => counted_requirement(a, time, cal)))
  let allowance_time = 0 min
  for s in cadre.supports {
    allowance_time = allowance_time + annual_time(s.value, cal, s)
  }
  let sk = allowance_time / time
  {cadre: title(cadre), wkt: time, tasks: tasks, sum_of_tasks: sum_of_tasks, sk: sk, need: sum_of_tasks + sk}
}
