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
# the days (weeks) the service runs in a year: the activity's `service_days` when `a`, the
# activity, states them (`286 days`), else the calendar's `service_days`, else its possible
# working days (260 for a 5-day week), not a worker's available days, since the facility does not
# close when one worker is on leave. A week of service is `days_per_week` of those days. A volume
# with no period (`12000 visits`) is annual already.
fn annual(x, cal, a = nothing) {
  if period(x) == "" {
    x
  } else if period(x) == "day" {
    x * days_of_service(cal, a)
  } else if period(x) == "week" {
    x * (days_of_service(cal, a) / days_per_week_of(cal, a))
  } else {
    x * 1 year
  }
}

# internal: the days a year an activity's service runs: its own `service_days`, or the
# calendar's; with neither, error E0505 at the activity's volume.
fn days_of_service(cal, a) {
  if a != nothing and has(a, "service_days") {
    a.service_days
  } else if cal != nothing {
    service_days(cal)
  } else {
    no_calendar_for(a)
  }
}

# internal: the working days of a week of service, from the calendar (E0505 without one).
fn days_per_week_of(cal, a) {
  if cal == nothing { no_calendar_for(a) } else { cal.days_per_week }
}

# internal: error E0505 at the volume of an activity counted per day or week with no calendar.
fn no_calendar_for(a) {
  let what = if a == nothing { "a volume" } else { "the volume of \"" + a.name + "\"" }
  fail("E0505", what + " is counted per day or week, and there is no calendar to count the days of service in a year", at: a, field: "volume",
    hint: "state the days: `service_days = 286 days` in the activity, give the volume per year or month, or declare the cadre in a calendar")
}

# The annual volume of activity `a` under calendar `cal` (see `annual`).
fn annual_volume(a, cal) {
  annual(a.volume, cal, a)
}

# SW: how many units of the activity one worker could do in a year doing nothing else.
fn standard_workload(a, cal) {
  let awt = awt(cal)
  units_in(awt, a)
}

# Staff needed for one activity: annual volume / SW.
fn staff_for(a, cal) {
  let volume = annual(a.volume, cal, a)
  let sw = standard_workload(a, cal)
  volume / sw
}

# internal: 0 for an activity listed but not counted (`include = false`).
fn activity_staff(a, cal) {
  if a.include { staff_for(a, cal) } else { 0 }
}

# Whether an activity is counted, in words: "yes", or "no: " and the reason it is not.
fn counted_mark(a) {
  if a.include { "yes" } else { "no: " + (if has(a, "reason") { a.reason } else { "no reason given" }) }
}

# The activities of a cadre with their standard workload and staff needed.
fn activity_table(cadre) {
  let cal = calendar_of(cadre)
  to_table(map(cadre.activities, fn(a) => {
    activity: a.name,
    volume: annual_volume(a, cal),
    standard: a.standard,
    standard_workload: standard_workload(a, cal),
    staff: activity_staff(a, cal),
    counted: counted_mark(a),
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
# W0504 when a support activity repeats the calendar's training days). A cadre that gives its
# factor as printed (`stp = 1.15`) has the share that factor stands for: 1 - 1 / 1.15.
fn total_cas(cadre) {
  let cal = calendar_of(cadre)
  check_counted_once(cadre)
  let total_cas = sum(map(cadre.supports, fn(s) => cas(s, cal))) in %
  if has(cadre, "stp") { share_of_factor(cadre) } else { total_cas }
}

# internal: the share of working time a printed factor (ABK-Kes STP, WISN CAF) stands for:
# factor = 1 / (1 - share), so share = 1 - 1 / factor. Listing support activities as well would
# count them twice: error E0506 at the first of them.
fn share_of_factor(cadre) {
  if len(cadre.supports) > 0 {
    fail("E0506", "cadre `" + cadre.name + "` gives `stp = " + str(cadre.stp) + "` and lists support activities: the factor already holds them", at: cadre.supports[0],
      hint: "give the factor as printed (`stp`) or the support activities it was computed from, not both")
  }
  (1 - 1 / cadre.stp) in %
}

# Whether a cadre's `current_staff` is given but missing (an empty cell read from a file is
# missing staff, never zero staff).
fn staff_missing(cadre) {
  has(cadre, "current_staff") and cadre.current_staff == nothing
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
# worker (`33%`, or `0.33 FTE`) is that share of the calendar's AWT.
fn ias(i, cal) {
  (annual_time(i.value, cal, i) in h) * i.staff
}

# Total IAS: the additional activities' time in a year, in hours.
fn total_ias(cadre) {
  let cal = calendar_of(cadre)
  using cal
  let total = 0 h
  for i in cadre.individuals {
    if has(cadre, "current_staff") and cadre.current_staff != nothing and i.staff > cadre.current_staff {
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

# WISN ratio = current / required; "no workload" when nothing is required, "missing staff" when
# the staff in post are missing (an empty cell), never a ratio of nothing.
fn wisn_ratio(current, required) {
  if current == nothing { "missing staff" } else if required == 0 { "no workload" } else { current / required }
}

# Workload pressure as a percentage, as some national studies print it: (1 - ratio) x 100%, so
# 70% of the required staff is 30% pressure; negative when the staff exceed the workload.
fn pressure_percent(ratio) {
  if type(ratio) == "text" { ratio } else { (1 - ratio) in % }
}

# The workload pressure band of a WISN ratio in a band table (wisn_pressure_bands in
# `wisn`); a ratio that is text ("no workload", "missing staff") is passed through.
fn pressure(ratio, bands) {
  if type(ratio) == "text" { ratio } else { classify(ratio, bands) }
}

# The workload pressure of columns of staff in post and required staff (a batch over
# facilities): per row the band of the WISN ratio in `bands`, "missing staff" where the staff in
# post are missing (an empty cell), "no workload" where nothing is required.
fn pressure_labels(current, required, bands) {
  map(0..len(current), fn(i) => pressure(wisn_ratio(current[i], required[i]), bands))
}

# The band table a cadre's WISN pressure is read in: `bands` when given, else the calendar's
# declared `pressure_bands` (a ministry's table), else wl's provisional wisn_pressure_bands.
fn pressure_table(cadre, bands = nothing) {
  let cal = calendar_of(cadre)
  if bands != nothing { bands } else if has(cal, "pressure_bands") { cal.pressure_bands } else { wisn_pressure_bands }
}

# The whole WISN result of a cadre, in full precision: round for presentation with `round`.
# Fields: awt, activities (each with its standard workload and staff), base_staff, total_cas,
# caf, iaf and required = base_staff x CAF + IAF; with `current_staff` also current,
# difference = current - required, ratio = current / required, pressure (the ratio's band) and
# bands (the band table's name and source: `bands:` when given, else the calendar's
# `pressure_bands`, else wisn_pressure_bands). A `current_staff` that is missing (an empty
# cell) gives "missing staff" as ratio and pressure, and no difference.
fn wisn(cadre, bands = nothing) {
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
    merge(result, indicators(cadre.current_staff, result.required, pressure_table(cadre, bands)))
  } else {
    result
  }
}

# internal: the WISN indicators of current against required staff, with the band table used.
fn indicators(current, required, bands) {
  let ratio = wisn_ratio(current, required)
  {
    current: current,
    difference: if current == nothing { nothing } else { wisn_difference(current, required) },
    ratio: ratio,
    pressure: pressure(ratio, bands),
    bands: band_source(bands),
  }
}

# Several WISN results together. The ratios differ and each is named: the ratio of the sums
# (all current staff / all required staff), the mean of the facilities' ratios, and the mean of
# the ratios rounded to `digits` decimals first (2 by default), which is what a paper that
# averages its printed column of ratios reports. Results whose staff in post are missing are
# left out of all three (and of the sums), and counted in `missing_staff`.
fn wisn_summary(results, digits = 2) {
  let known = filter(results, fn(r) => r.current != nothing)
  let with_work = filter(known, fn(r) => r.required > 0)
  let current = sum(map(known, fn(r) => r.current))
  let required = sum(map(known, fn(r) => r.required))
  {
    results: len(results),
    current: current,
    required: required,
    difference: current - required,
    ratio_of_sums: wisn_ratio(current, required),
    mean_of_ratios: if len(with_work) == 0 { "no workload" } else { mean(map(with_work, fn(r) => r.ratio)) },
    mean_of_rounded_ratios: if len(with_work) == 0 { "no workload" } else { mean(map(with_work, fn(r) => round(r.ratio, digits))) },
    without_workload: len(known) - len(with_work),
    missing_staff: len(results) - len(known),
  }
}

# internal: an empty row of the WHO layout; each row fills in its own columns.
fn who_blank(cadre, component, kind) {
  {
    cadre: title(cadre), component: component, kind: kind, counted: nothing,
    annual_workload: nothing, unit: nothing, workload_hours: nothing, standard_workload: nothing,
    awt_days: nothing, awt_hours: nothing, cas: nothing, caf: nothing, ias: nothing, iaf: nothing,
    required: nothing, required_whole: nothing, current: nothing, difference: nothing,
    ratio: nothing, pressure: nothing, bands: nothing,
  }
}

# internal: the WHO-layout row of a health-service activity: annual workload in units and
# hours, standard workload, and the staff it needs (0 when not counted).
fn who_activity_row(cadre, a, cal) {
  let volume = annual_volume(a, cal)
  merge(who_blank(cadre, a.name, "health service"), {
    counted: counted_mark(a),
    annual_workload: value(volume),
    unit: unit(volume),
    workload_hours: time_for(volume, a) in h,
    standard_workload: value(standard_workload(a, cal)),
    required: activity_staff(a, cal),
  })
}

# internal: the WHO-layout rows of the support activities (their CAS), or the one factor given
# as printed.
fn who_support_rows(cadre, cal) {
  if has(cadre, "stp") {
    [merge(who_blank(cadre, "support factor as printed (stp = " + str(cadre.stp) + ")", "support"), {cas: share_of_factor(cadre)})]
  } else {
    map(cadre.supports, fn(s) => merge(who_blank(cadre, s.name, "support"), {cas: cas(s, cal)}))
  }
}

# internal: the WHO-layout row of an additional activity: its IAS (time a year x its staff).
fn who_additional_row(cadre, i, cal) {
  let who = i.name + " (" + str(i.staff) + " staff)"
  merge(who_blank(cadre, who, "additional"), {ias: ias(i, cal)})
}

# internal: the WHO-layout total of a cadre: AWT in days and hours, total CAS and CAF, total
# IAS and IAF, required staff unrounded and whole, and the indicators with their band table.
fn who_total_row(cadre, cal, r, rounding) {
  let hours = sum(map(filter(cadre.activities, fn(a) => a.include), fn(a) => time_for(annual_volume(a, cal), a) in h))
  let row = merge(who_blank(cadre, "Total", "total"), {
    workload_hours: hours in h,
    awt_days: available_days(cal),
    awt_hours: r.awt,
    cas: r.total_cas,
    caf: r.caf,
    ias: total_ias(cadre),
    iaf: r.iaf,
    required: r.required,
    required_whole: round(r.required, 0, rounding),
  })
  if has(r, "current") {
    merge(row, {current: r.current, difference: r.difference, ratio: r.ratio, pressure: r.pressure, bands: r.bands})
  } else {
    row
  }
}

# internal: the WHO-layout rows of one cadre: its activities, support and additional
# activities, and its total.
fn who_rows(cadre, bands, rounding) {
  let cal = calendar_of(cadre)
  let r = wisn(cadre, bands: bands)
  let services = map(cadre.activities, fn(a) => who_activity_row(cadre, a, cal))
  let additional = map(cadre.individuals, fn(i) => who_additional_row(cadre, i, cal))
  services + who_support_rows(cadre, cal) + additional + [who_total_row(cadre, cal, r, rounding)]
}

# WISN results in the layout of the WHO software's facility report, as a table to print or
# export: for each cadre (one, or a list) a row per health-service activity (annual workload in
# units and in hours, standard workload, staff needed), per support activity (CAS) and per
# additional activity (IAS, in hours a year for all who do it), then a total row: workload hours,
# AWT in days and hours, total CAS and CAF, total IAS and IAF, required staff unrounded and whole
# (`rounding`, half-up by default: WHO states no rule, so the whole figure is a declared step),
# current staff, WISN difference and ratio, pressure band and the band table it is from (`bands`,
# else the calendar's `pressure_bands`, else wisn_pressure_bands). Cells a row has no figure for
# are missing.
fn wisn_table(cadres, bands = nothing, rounding = "half_up") {
  let list = if type(cadres) == "list" { cadres } else { [cadres] }
  let rows = []
  for c in list {
    rows = rows + who_rows(c, bands, rounding)
  }
  to_table(rows)
}
