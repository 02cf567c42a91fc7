# wisn.wl: WHO Workload Indicators of Staffing Need (domain spec, sections 4 to 9).
#
#   standard workload  SW  = AWT / unit time             (or AWT x rate of working)
#   category allowance CAF = 1 / (1 - total CAS)         (CAS: support time as a share of work time)
#   individual allowance IAF = total IAS / AWT           (IAS: extra time of some staff, a year)
#   required staff         = sum(volume / SW) x CAF + IAF
#   WISN difference = current - required;  WISN ratio = current / required
#
# A cadre is declared `cadre NAME in CALENDAR { activity ...; support ...; individual ... }`.

# internal: the cadre's calendar, or error E0504 at the cadre when it was declared without one.
fn calendar_of(cadre) {
  if type(cadre) != "cadre" {
    fail("E0402", "expected a cadre, got a " + type(cadre),
      hint: "give the cadre (`cadre NAME in CALENDAR { ... }`): the method takes the calendar from it")
  } else if has(cadre, "calendar") {
    cadre.calendar
  } else {
    fail("E0504", "cadre `" + cadre.name + "` has no calendar, so its working time is unknown", at: cadre,
      hint: "declare it in a calendar: `cadre " + cadre.name + " in CALENDAR { ... }`")
  }
}

# internal: whether an allowance is training, by its name in English or Indonesian.
fn names_training(x) {
  let t = lower(title(x))
  contains(t, "training") or contains(t, "pelatihan") or contains(t, "diklat")
}

# internal: time deducted from AWT and listed again as an allowance is counted twice (domain spec
# 3.1). The calendar's training days are the deduction wl can tell apart by name: a support
# activity that names training, in a cadre whose calendar already deducts training days, gets
# warning W0504. Additional (individual) activities are not checked: training that some staff give
# to others (`individual "Pelatihan kader"`) is work, not an absence.
fn check_counted_once(cadre) {
  let cal = calendar_of(cadre)
  let deducted = days_off(cal, cal.training)
  if deducted > 0 days {
    for s in filter(cadre.supports, names_training) {
      warn("W0504", "support activity \"" + title(s) + "\" names training, and calendar `" + cal.name + "` already deducts " + str(deducted) + " of training from the working time: if this is the staff's own training, it is counted twice", at: s,
        hint: "count it once: as the calendar's `training` days, or as this support activity with `training = 0 days` in the calendar")
    }
  }
}

# internal: a service standard is a unit time (20 min per visit) or a rate of working (3 samples
# per h).
fn unit_time(a) {
  if is_rate(a.standard) { 1 / a.standard } else { a.standard }
}

# internal: units of an activity one worker does in `time`: time / unit time, or time x rate of
# working (multiplying by the rate keeps 1720 h x 3 samples per h exact, where 1/3 h would not be).
fn units_in(time, a) {
  if is_rate(a.standard) { units_at_rate(time, a.standard) } else { units_at_unit_time(time, a.standard) }
}

# internal: units done in `time` at a unit time: time / unit time.
fn units_at_unit_time(time, unit_time) {
  time / unit_time
}

# internal: units done in `time` at a rate of working: time x rate.
fn units_at_rate(time, rate) {
  time * rate
}

# internal: the working time an annual volume takes: volume x unit time, or volume / rate of
# working.
fn time_for(volume, a) {
  if is_rate(a.standard) { volume / a.standard } else { volume * a.standard }
}

# A volume as an annual figure under the calendar `cal`: `12000 visits per year` is 12000 visits,
# `1000 visits per month` twelve times that, and a volume per day or per week is counted over
# the days (weeks) the service runs in a year: the calendar's possible working days (260 for a
# 5-day week), not a worker's available days, since the facility does not close when one
# worker is on leave. A volume with no period (`12000 visits`) is annual already.
fn annual(x, cal) {
  if period(x) == "" {
    x
  } else if period(x) == "day" {
    x * possible_days(cal)
  } else if period(x) == "week" {
    x * (possible_days(cal) / cal.days_per_week)
  } else {
    x * 1 year
  }
}

# SW: how many units of the activity one worker could do in a year doing nothing else.
fn standard_workload(a, cal) {
  let awt = awt(cal)
  units_in(awt, a)
}

# Staff needed for one activity: annual volume / SW.
fn staff_for(a, cal) {
  let volume = annual(a.volume, cal)
  let sw = standard_workload(a, cal)
  volume / sw
}

# internal: 0 for an activity listed but not counted (`include = false`).
fn activity_staff(a, cal) {
  if a.include { staff_for(a, cal) } else { 0 }
}

# The activities of a cadre with their standard workload and staff needed.
fn activity_table(cadre) {
  let cal = calendar_of(cadre)
  to_table(map(cadre.activities, fn(a) => {
    activity: a.name,
    volume: annual(a.volume, cal),
    standard: a.standard,
    standard_workload: standard_workload(a, cal),
    staff: activity_staff(a, cal),
    counted: if a.include { "yes" } else { "no: " + (if has(a, "reason") { a.reason } else { "no reason given" }) },
  }))
}

# Staff for the health-service activities before allowances: sum(volume / SW).
fn base_staff(cadre) {
  let cal = calendar_of(cadre)
  sum(map(cadre.activities, fn(a) => activity_staff(a, cal)))
}

# CAS of one support activity: its time as a share of working time in the same period (a day of
# the calendar's working day, a week of its working week, a month or year of its AWT).
fn cas(s, cal) {
  using cal
  if unit(s.value) == "%" {
    s.value
  } else {
    if period(s.value) == "" {
      fail("E0504", "support activity \"" + s.name + "\" is " + str(s.value) + ": time per what?", at: s, field: "value",
        hint: "write the period: `2 h per week`, `30 min per day`, `6 h per month`, `40 h per year`, or a share such as `5%`")
    } else {
      s.value in %
    }
  }
}

# Total CAS of a cadre: the sum of its support activities' CAS, as a percentage (warns
# W0504 when a support activity repeats the calendar's training days).
fn total_cas(cadre) {
  let cal = calendar_of(cadre)
  check_counted_once(cadre)
  sum(map(cadre.supports, fn(s) => cas(s, cal))) in %
}

# CAF = 1 / (1 - total CAS). A total of 100% or more leaves no time for services.
fn caf(cadre) {
  let total = total_cas(cadre)
  if total >= 100% {
    fail("E0501", "the support activities of `" + cadre.name + "` take " + str(total) + " of working time: no time is left for services", at: cadre,
      hint: "CAF = 1 / (1 - total CAS) is undefined at 100%; check the support activities' times and periods")
  }
  if total > 50% {
    warn("W0501", "the support activities of `" + cadre.name + "` take " + str(round(total, 1)) + " of working time (more than half)", at: cadre,
      hint: "check the times and periods of the support activities")
  }
  1 / (1 - total)
}

# IAS of one additional activity: its time in a year, times the staff who do it. A share of one
# worker (`33%`) is that share of the calendar's AWT.
fn ias(i, cal) {
  (annual_time(i.value, cal, i) in h) * i.staff
}

# Total IAS: the additional activities' time in a year, in hours.
fn total_ias(cadre) {
  let cal = calendar_of(cadre)
  using cal
  let total = 0 h
  for i in cadre.individuals {
    if has(cadre, "current_staff") and i.staff > cadre.current_staff {
      warn("W0503", "\"" + i.name + "\" is done by " + str(i.staff) + " staff but `" + cadre.name + "` has " + str(cadre.current_staff), at: i)
    }
    total = total + ias(i, cal) in h
  }
  total
}

# IAF = total IAS / AWT: the extra staff the additional activities of some staff take.
fn iaf(cadre) {
  let total_ias = total_ias(cadre)
  let awt = awt(calendar_of(cadre))
  total_ias / awt
}

# Required staff = sum(volume / SW) x CAF + IAF.
fn required_staff(cadre) {
  let base = base_staff(cadre)
  let caf = caf(cadre)
  let iaf = iaf(cadre)
  base * caf + iaf
}

# WISN difference = current - required (negative: a shortage).
fn wisn_difference(current, required) {
  current - required
}

# WISN ratio = current / required; "no workload" when nothing is required.
fn wisn_ratio(current, required) {
  if required == 0 { "no workload" } else { current / required }
}

# Workload pressure as a percentage, as some national studies print it: (1 - ratio) x 100%, so
# 70% of the required staff is 30% pressure; negative when the staff exceed the workload.
fn pressure_percent(ratio) {
  if type(ratio) == "text" { ratio } else { (1 - ratio) in % }
}

# The workload pressure band of a WISN ratio in a band table (wisn_pressure_bands in
# `wisn`); a ratio that is text ("no workload") is passed through.
fn pressure(ratio, bands) {
  if type(ratio) == "text" { ratio } else { classify(ratio, bands) }
}

# The whole WISN result of a cadre, in full precision: round for presentation with `round`.
# Fields: awt, activities (each with its standard workload and staff), base_staff, total_cas,
# caf, iaf and required = base_staff x CAF + IAF; with `current_staff` also current,
# difference = current - required, ratio = current / required and pressure, the ratio's band
# in `bands` (wisn_pressure_bands by default).
fn wisn(cadre, bands = wisn_pressure_bands) {
  let cal = calendar_of(cadre)
  let result = {
    cadre: title(cadre),
    awt: awt(cal),
    activities: activity_table(cadre),
    base_staff: base_staff(cadre),
    total_cas: total_cas(cadre),
    caf: caf(cadre),
    iaf: iaf(cadre),
    required: required_staff(cadre),
  }
  if has(cadre, "current_staff") {
    let current = cadre.current_staff
    let required = result.required
    let ratio = wisn_ratio(current, required)
    merge(result, {
      current: current,
      difference: wisn_difference(current, required),
      ratio: ratio,
      pressure: pressure(ratio, bands),
    })
  } else {
    result
  }
}

# Several WISN results together. The ratios differ and each is named: the ratio of the sums
# (all current staff / all required staff), the mean of the facilities' ratios, and the mean of
# the ratios rounded to `digits` decimals first (2 by default), which is what a paper that
# averages its printed column of ratios reports.
fn wisn_summary(results, digits = 2) {
  let with_work = filter(results, fn(r) => r.required > 0)
  let current = sum(map(results, fn(r) => r.current))
  let required = sum(map(results, fn(r) => r.required))
  {
    results: len(results),
    current: current,
    required: required,
    difference: current - required,
    ratio_of_sums: wisn_ratio(current, required),
    mean_of_ratios: if len(with_work) == 0 { "no workload" } else { mean(map(with_work, fn(r) => r.ratio)) },
    mean_of_rounded_ratios: if len(with_work) == 0 { "no workload" } else { mean(map(with_work, fn(r) => round(r.ratio, digits))) },
    without_workload: len(results) - len(with_work),
  }
}
