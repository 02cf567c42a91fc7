# norms.wl: national effective-time norms, named by regulation and year (domain spec 3.3).
# A norm is never substituted for a computed value behind the user's back: pass one explicitly
# (`abk_kes(cadre, wkt: norm_bkn_19_2011)`) and compare it with the calendar with
# `against_norm(cal, norm)`. Each figure carries its period (`300 min per day`, `72000 min per
# year`): a method that needs a year's time converts a day's through the calendar, or refuses.

let norm_bkn_19_2011 = {
  name: "Perka BKN 19/2011",
  year: 2011,
  per_day: 300 min per day,
  per_week: 1500 min per week,
  per_month: 6000 min per month,
  per_year: 72000 min per year,
  note: "effective time after a 30% allowance: 240 days x 5 h = 1,200 h",
}

let norm_panrb_26_2011 = {
  name: "PermenPAN-RB 26/2011",
  year: 2011,
  per_year: 72000 min per year,
  note: "1,200 h a year, as Perka BKN 19/2011",
}

let norm_permenkes_53_2012 = {
  name: "Permenkes 53/2012",
  year: 2012,
  per_day: 300 min per day,
  per_year: 72000 min per year,
  note: "ABK guideline of the Ministry of Health",
}

let norm_renbut_2023 = {
  name: "Renbut ABK 2023",
  year: 2023,
  per_year: 75000 min per year,
  note: "1,250 h a year in Renbut reports for functional positions; probably PermenPAN-RB 1/2020",
}

# The calendar's effective time beside a norm, for each period the norm states (each figure per
# its period: `300 min per day` beside the calendar's effective day).
fn against_norm(cal, norm) {
  let computed = {
    per_day: effective_day(cal),
    per_week: effective_week(cal),
    per_year: effective_year(cal) / 1 year,
  }
  let rows = []
  for period in ["per_day", "per_week", "per_year"] {
    if has(norm, period) {
      let c = computed[period]
      let n = norm[period]
      rows = rows + [{period: period, computed: c, norm: n, difference: c - n}]
    }
  }
  to_table(rows)
}
