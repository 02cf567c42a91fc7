# calendar.wl: working time from a `calendar` declaration. Loaded at start-up.
#
# WHO available working time (AWT) = [A - (B + C + D + E)] x F, where A is the possible working
# days, B..E the days off and F the hours of a working day. Kepmenkes 81/2004 writes its WKT
# the same way. ABK-Kes (PMK 33/2015) multiplies the same days by the *effective* hours of a
# day; Permenkes 53/2012 effective time is formal time x (1 - allowance). Sources: domain spec,
# sections 3.1 to 3.4. A calendar declaration fills in its defaults (5 days per week, 52 weeks,
# no days off) and `hours_per_day = 8 h` reads back as `8 h per day`.

# A: the possible working days in a year: the declared `possible_days`, or the contractual
# hours of a year over the working day (`contract_hours = 1600 h per year` with 8 h days is 200
# days), or the working days of the weeks (5 x 52).
fn possible_days(cal) {
  if has(cal, "contract_hours") {
    contract_days(cal)
  } else if has(cal, "possible_days") {
    cal.possible_days
  } else {
    cal.days_per_week * cal.weeks_per_year
  }
}

# internal: the contractual hours of a year as working days; error E0507 when `possible_days`
# gives the year a second time.
fn contract_days(cal) {
  if has(cal, "possible_days") {
    fail("E0507", "calendar `" + cal.name + "` gives both `contract_hours` and `possible_days`: the possible working days are one or the other", at: cal, field: "possible_days",
      hint: "keep `contract_hours` (the possible days are then the contractual hours over `hours_per_day`) or `possible_days`, not both")
  }
  cal.contract_hours / cal.hours_per_day
}

# The days a year the facility serves, over which a volume per day or week is counted: the
# calendar's `service_days`, or its possible working days.
fn service_days(cal) {
  if has(cal, "service_days") { cal.service_days } else { possible_days(cal) }
}

# internal: A day count, or a percentage of the possible days (absence given as a share of time;
# with `contract_hours`, a share of the contractual hours, as national studies deduct leave 8%,
# sick leave 5%, ... of them).
fn days_off(cal, x) {
  if unit(x) == "%" { x * possible_days(cal) } else { x }
}

# B + C + D + E: public holidays, annual leave, sick leave, training and other absence.
fn deductions(cal) {
  days_off(cal, cal.public_holidays) + days_off(cal, cal.annual_leave) +
    days_off(cal, cal.sick_leave) + days_off(cal, cal.training) + days_off(cal, cal.other_leave)
}

# A - (B + C + D + E). This formula also sets how long a working year is in unit conversions.
fn available_days(cal) {
  let possible = possible_days(cal)
  let off = deductions(cal)
  possible - off
}

# WHO AWT in hours: available days x hours of a working day.
fn awt(cal) {
  let days = available_days(cal)
  let day = cal.hours_per_day
  days * day in h
}

# Kepmenkes 81/2004 WKT = {A - (B + C + D + E)} x R. R is the working day: the effective day
# (formal hours x (1 - allowance)) when the calendar declares an `allowance`, as sheets that
# use the effective day do, else the calendar's hours of a day (then WKT is the WHO AWT).
fn wkt(cal) {
  if has(cal, "allowance") { wkt_abk(cal) } else { awt(cal) }
}

# Formal hours of a working day: the declared day, or the formal week over its working days
# (the ABK-Kes worksheet divides the week: 37.5 h / 5 days).
fn formal_day(cal) {
  if has(cal, "formal_hours_per_week") { cal.formal_hours_per_week / cal.days_per_week } else { cal.hours_per_day }
}

# internal: the calendar's allowance, or error E0504 naming the calendar when it has none.
fn allowance_of(cal) {
  if has(cal, "allowance") {
    cal.allowance
  } else {
    fail("E0504", "calendar `" + cal.name + "` has no `allowance`, so it has no effective time", at: cal,
      hint: "add e.g. `allowance = 30%` (Permenkes 53/2012) to the calendar")
  }
}

# Permenkes 53/2012 effective time of a day: formal hours x (1 - allowance).
fn effective_day(cal) {
  let formal = formal_day(cal)
  let allowance = allowance_of(cal)
  formal * (1 - allowance) in min per day
}

# Permenkes 53/2012 effective time of a week: the effective day x working days per week.
fn effective_week(cal) {
  let day = effective_day(cal)
  day * cal.days_per_week in min per week
}

# Effective time in a year: the effective day over the available working days.
fn effective_year(cal) {
  let day = effective_day(cal)
  let days = available_days(cal)
  day * days in min
}

# ABK-Kes (PMK 33/2015) WKT: available days x effective hours of a day.
fn wkt_abk(cal) {
  let days = available_days(cal)
  let day = effective_day(cal)
  days * day in h
}

# Everything a calendar gives, one field a line.
fn working_time(cal) {
  let base = {
    calendar: title(cal),
    possible_days: possible_days(cal),
    days_off: deductions(cal),
    available_days: available_days(cal),
    awt: awt(cal),
    awt_min: awt(cal) in min,
  }
  if has(cal, "allowance") {
    let effective = {
      effective_day: effective_day(cal),
      effective_week: effective_week(cal),
      effective_year: effective_year(cal),
      wkt_abk: wkt_abk(cal),
    }
    merge(base, effective)
  } else {
    base
  }
}

# The annual time of one worker's time per period (`2 h per month` is 24 h in a year; `2 h per
# week` is 2 h times the working weeks of the calendar's year) or of a share of AWT (`33%`,
# `0.33 FTE`), for support and additional activities; `item`, the declaration the value is
# from, is where a problem with it is reported. A time per year or per month needs no calendar
# (a year is twelve months under every calendar); per day or week it does (error E0505).
fn annual_time(value, cal, item = nothing) {
  if unit(value) == "%" or lower(unit(value)) == "fte" {
    share_of_worker(value) * awt(cal)
  } else if period(value) == "" {
    fail("E0504", "a time of " + str(value) + " has no period", at: item, field: "value", hint: "write e.g. `2 h per month` or `4 days per year`")
  } else if cal == nothing {
    yearly_without_calendar(value, item)
  } else {
    in_a_year(value, cal)
  }
}

# internal: a share of one worker as a plain fraction (`33%` and `0.33 FTE` are both 0.33).
fn share_of_worker(x) {
  if unit(x) == "%" { value(x) / 100 } else { value(x) }
}

# internal: a time per period over the calendar's working year (`x * 1 year` under `cal`).
fn in_a_year(x, cal) {
  using cal
  x * 1 year in min
}

# internal: a time per year or month over a year with no calendar; per day or week, error E0505
# at the declaration it came from.
fn yearly_without_calendar(x, item) {
  if period(x) == "year" or period(x) == "month" {
    x * 1 year in min
  } else {
    fail("E0505", "a time of " + str(x) + " needs a calendar to count the working " + period(x) + "s in a year, and there is none", at: item, field: "value",
      hint: "give it per year or per month, or declare the cadre in a calendar")
  }
}
