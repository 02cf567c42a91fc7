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
# (ABK-Kes) or the allowance items (Kepmenkes 81/2004). A supporting task given as a share
# (`5%`) is a share of the time it is divided by, the WKT in use, so its FTP is that share.
#
# Whole persons (Renbut's rule): the total is rounded to the nearest whole person, a half up,
# also below one person: 0.4 needs 0 and 0.5 needs 1. Renbut's ABK reports print the rounded
# need ("pembulatan") as the nearest whole number in every case observed (domain spec 13, from
# Renbut ABK output, id.scribd.com/document/673424554); the tie at .5 is not documented, so it is
# Excel's half-up, and `rounding:` changes it.

# internal: the calendar a method takes from a cadre; none when the cadre has none and a `wkt:`
# is given (the WKT then needs no calendar), else error E0504 as `calendar_of` reports it.
fn method_calendar(cadre, wkt) {
  if wkt != nothing and type(cadre) == "cadre" and not has(cadre, "calendar") {
    nothing
  } else {
    calendar_of(cadre)
  }
}

# A working time as the minutes of one year, for the `wkt:` of abk_kes and kepmenkes_81: a
# norm record's yearly figure, `1200 h per year` or `6000 min per month` as they say, a bare
# time (`72000 min`) as a year's, and a figure per day or week (`300 min per day`) over the
# working year of the calendar `cal` (its available days); with no calendar that is error E0505.
fn yearly(x, cal) {
  if type(x) == "record" {
    yearly(norm_figure(x), cal)
  } else if period(x) == "" {
    bare_year(x)
  } else if period(x) == "year" or period(x) == "month" {
    x * 1 year in min
  } else if cal == nothing {
    fail("E0505", "`wkt: " + str(x) + "` is a figure per " + period(x) + ", and there is no calendar to make a year of it", arg: "wkt",
      hint: "give the working time of a year (`wkt: 1200 h per year`, or the norm itself: `wkt: norm_bkn_19_2011`), or declare the cadre in a calendar")
  } else {
    in_a_year(x, cal)
  }
}

# internal: a time with no period taken as a year's (a number with no unit is refused). Below 500 h (a quarter of a working year)
# it cannot be one, and is more likely a day's, week's or month's figure: error E0508.
fn bare_year(x) {
  if unit(x) == "" {
    fail("E0504", "`wkt: " + str(x) + "` has no unit: minutes or hours?", arg: "wkt",
      hint: "write the working time of a year with its unit: `wkt: 72000 min per year` or `wkt: 1200 h per year`")
  }
  if x < 500 h {
    fail("E0508", "`wkt: " + str(x) + "` has no period, and is too short for a year's working time (less than 500 h)", arg: "wkt",
      hint: "write its period (`300 min per day`) and wl converts it through the calendar, or give the year's figure (`72000 min per year`)")
  }
  x in min
}

# internal: a norm's figure of the longest period it states (a year's when it has one).
fn norm_figure(norm) {
  if has(norm, "per_year") {
    norm.per_year
  } else if has(norm, "per_month") {
    norm.per_month
  } else if has(norm, "per_week") {
    norm.per_week
  } else {
    norm.per_day
  }
}

# internal: where a method's WKT came from, in words, for its result.
fn wkt_source(wkt, cal, computed) {
  if wkt == nothing {
    "calendar " + cal.name + ": " + computed
  } else if type(wkt) == "record" {
    "norm " + wkt.name + " (" + str(norm_figure(wkt)) + ")"
  } else {
    "given: " + str(wkt)
  }
}

# SBK (standar beban kerja, ABK-Kes and Kepmenkes 81/2004): how many units of activity `a`
# one worker completes in the working time `wkt`: WKT / time norm (or WKT x rate of working).
# sbk(a, 82800 min) for a 30-minute task is 2760.
fn sbk(a, wkt) {
  units_in(wkt, a)
}

# Staff one main task needs (ABK-Kes): its annual achievement / SBK at working time `wkt`.
fn task_requirement(a, wkt, cal) {
  let achievement = annual_volume(a, cal)
  let sbk = sbk(a, wkt)
  achievement / sbk
}

# internal: a main task's requirement, or 0 for a task marked not counted (`include = false`).
fn counted_requirement(a, wkt, cal) {
  if a.include { task_requirement(a, wkt, cal) } else { 0 }
}

# internal: FTP of one supporting task, as a share of the WKT in use: a share given (`5%`) is
# that share; a time per period is its annual time / WKT. With no calendar, a time per day or
# week is read against the norm's own figure of that period (30 min a day of a 300-minute
# norm day is 10%).
fn ftp_of(s, cal, wkt, norm) {
  let p = period(s.value)
  if unit(s.value) == "%" {
    s.value
  } else if cal == nothing and norm != nothing and (p == "day" or p == "week") and has(norm, "per_" + p) {
    s.value / norm["per_" + p] in %
  } else {
    annual_time(s.value, cal, s) / wkt in %
  }
}

# internal: the share of WKT the supporting tasks take: a factor given as printed (`stp = 1.15`,
# the share 1 - 1 / 1.15), or the sum of the supporting tasks' FTP.
fn supporting_share(cadre, cal, wkt, norm) {
  if has(cadre, "stp") {
    share_of_factor(cadre)
  } else {
    sum(map(cadre.supports, fn(s) => ftp_of(s, cal, wkt, norm))) in %
  }
}

# internal: the ABK-Kes word for a gap: "kurang" (short), "lebih" (excess) or "sesuai".
fn gap_status(gap) {
  if gap < 0 { "kurang" } else { if gap > 0 { "lebih" } else { "sesuai" } }
}

# internal: the staff in post beside the need: available, gap and status ("missing staff" when
# the staff in post are missing, as from an empty cell).
fn abk_gap(cadre, needed) {
  if staff_missing(cadre) {
    {available: nothing, gap: nothing, status: "missing staff"}
  } else {
    let gap = cadre.current_staff - needed
    {available: cadre.current_staff, gap: gap, status: gap_status(gap)}
  }
}

# ABK-Kes (PMK 33/2015) for a cadre: per main task SBK and requirement (each task marked counted
# or not, with its reason), JKT = their sum, FTP = the supporting tasks' share of WKT (a share
# given as `5%` is that share of WKT), STP = 1 / (1 - FTP) (or the cadre's `stp` as printed),
# total = JKT x STP and `needed` in whole persons by Renbut's rule: the nearest whole number, a
# half up (`rounding` changes the tie), also below one person (0.4 needs 0, 0.5 needs 1). WKT is
# the calendar's (available days x effective day) unless `wkt:` gives a norm
# (`norm_bkn_19_2011`) or a time (`1200 h per year`, or `300 min per day` through the
# calendar); with `wkt:` the cadre needs no calendar. With `current_staff`, also the gap
# (available - needed) and its status: kurang, lebih, sesuai, or "missing staff".
fn abk_kes(cadre, wkt = nothing, rounding = "half_up") {
  let cal = method_calendar(cadre, wkt)
  if cal != nothing { check_counted_once(cadre) }
  let time = if wkt == nothing { wkt_abk(cal) in min } else { yearly(wkt, cal) }
  let norm = if type(wkt) == "record" { wkt } else { nothing }
  let tasks = to_table(map(cadre.activities, fn(a) => {
    task: a.name,
    achievement: annual_volume(a, cal),
    norm: unit_time(a),
    sbk: sbk(a, time),
    requirement: counted_requirement(a, time, cal),
    counted: counted_mark(a),
  }))
  let jkt = sum(map(cadre.activities, fn(a) => counted_requirement(a, time, cal)))
  let ftp = supporting_share(cadre, cal, time, norm)
  if ftp >= 100% {
    fail("E0501", "the supporting tasks of `" + cadre.name + "` take " + str(ftp) + " of WKT", at: cadre)
  }
  let stp = 1 / (1 - ftp)
  let total = jkt * stp
  let needed = round(total, 0, rounding)
  let source = wkt_source(wkt, cal, "available days x effective day")
  let result = {cadre: title(cadre), wkt: time, wkt_source: source, tasks: tasks, jkt: jkt, ftp: ftp, stp: stp, total: total, needed: needed}
  if has(cadre, "current_staff") { merge(result, abk_gap(cadre, needed)) } else { result }
}

# internal: the Kepmenkes 81/2004 WKT of a calendar in minutes (`wkt` is a parameter name in
# kepmenkes_81).
fn calendar_wkt(cal) {
  wkt(cal) in min
}

# Kepmenkes 81/2004 for a cadre: need = sum(volume / SBK) + SK. The allowance SK (the support
# items' annual time / WKT; an item given as a share, `5%`, is that share; a factor given as
# printed, `stp = 1.15`, is 1 - 1 / 1.15) is a fraction of one person, added once to the sum.
# WKT is {A - (B + C + D + E)} x R from the calendar (R the effective day when it declares an
# `allowance`), or `wkt:` as in abk_kes (then the cadre needs no calendar). `need_whole` is the
# need in whole persons (`rounding`, half-up by default); with `current_staff`, also the gap
# (available - need_whole) and its status: kurang, lebih, sesuai, or "missing staff".
fn kepmenkes_81(cadre, wkt = nothing, rounding = "half_up") {
  let cal = method_calendar(cadre, wkt)
  if cal != nothing { check_counted_once(cadre) }
  let time = if wkt == nothing { calendar_wkt(cal) } else { yearly(wkt, cal) }
  let norm = if type(wkt) == "record" { wkt } else { nothing }
  let tasks = to_table(map(cadre.activities, fn(a) => {
    task: a.name,
    quantity: annual_volume(a, cal),
    sbk: sbk(a, time),
    need: counted_requirement(a, time, cal),
    counted: counted_mark(a),
  }))
  let sum_of_tasks = sum(map(cadre.activities, fn(a) => counted_requirement(a, time, cal)))
  let sk = share_of_worker(supporting_share(cadre, cal, time, norm))
  let day = if cal != nothing and has(cal, "allowance") { "available days x effective day" } else { "available days x hours of a day" }
  let need = sum_of_tasks + sk
  let need_whole = round(need, 0, rounding)
  let result = {cadre: title(cadre), wkt: time, wkt_source: wkt_source(wkt, cal, day), tasks: tasks, sum_of_tasks: sum_of_tasks, sk: sk, need: need, need_whole: need_whole}
  if has(cadre, "current_staff") { merge(result, abk_gap(cadre, need_whole)) } else { result }
}

# internal: an empty row of Renbut's ABK layout; each row fills in its own columns.
fn renbut_blank(cadre, component, kind) {
  {
    jabatan: title(cadre), component: component, kind: kind, counted: nothing,
    unit: nothing, achievement: nothing, norm_min: nothing, sbk: nothing, requirement: nothing,
    ftp: nothing, wkt_min: nothing, jkt: nothing, stp: nothing, total: nothing, needed: nothing,
    available: nothing, gap: nothing, status: nothing,
  }
}

# internal: the Renbut row of a main task: achievement (capaian), time norm in minutes, SBK and
# requirement (0 when not counted, with the reason).
fn renbut_task_row(cadre, a, cal, time) {
  let achievement = annual_volume(a, cal)
  merge(renbut_blank(cadre, a.name, "tugas pokok"), {
    counted: counted_mark(a),
    unit: unit(achievement),
    achievement: value(achievement),
    norm_min: minutes_per_unit(a.standard),
    sbk: value(sbk(a, time)),
    requirement: counted_requirement(a, time, cal),
  })
}

# internal: the Renbut rows of the supporting tasks (their FTP), or the one factor as printed.
fn renbut_support_rows(cadre, cal, time, norm) {
  if has(cadre, "stp") {
    [merge(renbut_blank(cadre, "STP as printed (" + str(cadre.stp) + ")", "tugas penunjang"), {ftp: share_of_factor(cadre)})]
  } else {
    map(cadre.supports, fn(s) => merge(renbut_blank(cadre, s.name, "tugas penunjang"), {ftp: ftp_of(s, cal, time, norm)}))
  }
}

# ABK-Kes results in the layout of Renbut's ABK report, as a table to print or export: a row per
# main task (tugas pokok: unit, achievement, time norm in minutes, SBK, requirement, and whether
# it is counted, with the reason), a row per supporting task (tugas penunjang: its FTP), and a
# total row: WKT in minutes, JKT, FTP, STP, total = JKT x STP, the need in whole persons by
# Renbut's rule (see abk_kes), and with `current_staff` the available staff, gap and status.
# `wkt:` and `rounding:` are those of abk_kes.
fn abk_kes_table(cadre, wkt = nothing, rounding = "half_up") {
  let r = abk_kes(cadre, wkt: wkt, rounding: rounding)
  let cal = method_calendar(cadre, wkt)
  let norm = if type(wkt) == "record" { wkt } else { nothing }
  let tasks = map(cadre.activities, fn(a) => renbut_task_row(cadre, a, cal, r.wkt))
  let total = merge(renbut_blank(cadre, "Jumlah", "jumlah"), {
    ftp: r.ftp, wkt_min: value(r.wkt), jkt: r.jkt, stp: r.stp, total: r.total, needed: r.needed,
  })
  let total = if has(r, "status") { merge(total, {available: r.available, gap: r.gap, status: r.status}) } else { total }
  to_table(tasks + renbut_support_rows(cadre, cal, r.wkt, norm) + [total])
}

# internal: an empty row of the Kepmenkes 81/2004 layout.
fn k81_blank(cadre, component, kind) {
  {
    cadre: title(cadre), component: component, kind: kind, counted: nothing, unit: nothing,
    quantity: nothing, norm_min: nothing, sbk: nothing, need: nothing, sk: nothing,
    wkt_min: nothing, sum_of_tasks: nothing, need_whole: nothing, available: nothing, gap: nothing,
    status: nothing,
  }
}

# Kepmenkes 81/2004 results as a worksheet table: a row per kegiatan pokok (quantity, time norm
# in minutes, SBK, need), a row per allowance item (its SK, the share of WKT), and a total row:
# WKT in minutes, the sum of the tasks' needs, SK (added once) and the need, unrounded and whole
# (`rounding`, half-up by default), and with `current_staff` the available staff, gap and status.
# `wkt:` is that of kepmenkes_81.
fn kepmenkes_81_table(cadre, wkt = nothing, rounding = "half_up") {
  let r = kepmenkes_81(cadre, wkt: wkt, rounding: rounding)
  let cal = method_calendar(cadre, wkt)
  let norm = if type(wkt) == "record" { wkt } else { nothing }
  let tasks = map(cadre.activities, fn(a) => merge(k81_blank(cadre, a.name, "kegiatan pokok"), {
    counted: counted_mark(a),
    unit: unit(annual_volume(a, cal)),
    quantity: value(annual_volume(a, cal)),
    norm_min: minutes_per_unit(a.standard),
    sbk: value(sbk(a, r.wkt)),
    need: counted_requirement(a, r.wkt, cal),
  }))
  let items = if has(cadre, "stp") {
    [merge(k81_blank(cadre, "STP as printed (" + str(cadre.stp) + ")", "kelonggaran"), {sk: r.sk})]
  } else {
    map(cadre.supports, fn(s) => merge(k81_blank(cadre, s.name, "kelonggaran"), {sk: share_of_worker(ftp_of(s, cal, r.wkt, norm))}))
  }
  let total = merge(k81_blank(cadre, "Jumlah", "jumlah"), {
    wkt_min: value(r.wkt), sum_of_tasks: r.sum_of_tasks, sk: r.sk, need: r.need, need_whole: r.need_whole,
  })
  let total = if has(r, "status") { merge(total, {available: r.available, gap: r.gap, status: r.status}) } else { total }
  to_table(tasks + items + [total])
}
