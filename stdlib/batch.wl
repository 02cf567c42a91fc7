# batch.wl: WISN over a table of facilities: a national (or district) batch run.
#
# The standards come from cadre declarations (one per staff category, with its calendar,
# activities, support and additional activities), so each category's AWT, CAF and IAF are the
# formulas of calendar.wl and wisn.wl. The service volumes and current staff come from a table
# with one row per facility, category and activity:
#
#   facility, category, activity, volume, current_staff   (plus any grouping columns)
#
# `category` names a cadre (its declared name) and `activity` one of its activities. Per
# facility and category:  required = sum(volume x unit time) / AWT x CAF + IAF, with the WISN
# difference, ratio and pressure. Each grouping column in `levels` (district, province, ...)
# gets a summary, and the whole table a national one, naming both ratios they report:
#   ratio_of_sums  = all current staff / all required staff
#   mean_of_ratios = the mean of the facility ratios (rows with no workload left out)
# Required staff are summed unrounded, before any rounding to whole persons (domain spec 16):
# round the results for a report, never before they are summed.

# internal: unit time in minutes of every counted activity of every cadre.
fn batch_standards(cadres) {
  let rows = []
  for c in cadres {
    for a in c.activities {
      if a.include {
        rows = rows + [{category: c.name, activity: a.name, minutes: minutes_per_unit(a.standard)}]
      }
    }
  }
  to_table(rows)
}

# internal: AWT (hours), CAF and IAF of every cadre.
fn batch_categories(cadres) {
  to_table(map(cadres, fn(c) => {
    category: c.name,
    awt_hours: value(awt(calendar_of(c)) in h),
    caf: caf(c),
    iaf: iaf(c),
  }))
}

# internal: A row whose category and activity have no standard stops the run, naming it.
fn check_standards(joined) {
  if count(joined.minutes) < len(joined) {
    for row in joined {
      if row.minutes == nothing {
        fail("E0504", "no standard for activity \"" + str(row.activity) + "\" of category \"" + str(row.category) + "\" (facility " + str(row.facility) + ")",
          hint: "declare the activity in the cadre, or correct the name in the data")
      }
    }
  }
}

# internal: one level's summary: staff and requirements summed, and both ratios.
fn batch_summary(results, by) {
  let s = aggregate(results, by, {
    groups: "count",
    current_staff: ["sum", "current_staff"],
    required_staff: ["sum", "required_staff"],
    mean_of_ratios: ["mean", "wisn_ratio"],
  })
  let s = with_column(s, "wisn_difference", s.current_staff - s.required_staff)
  with_column(s, "ratio_of_sums", divide_or_missing(s.current_staff, s.required_staff))
}

# WISN over a table of facilities: `volumes` has one row per facility, category and activity
# (facility, category, activity, volume, current_staff, plus any grouping columns);
# `cadres` are the declarations that give each category's standards, AWT, CAF and IAF.
# Returns a record: `facilities` (per facility and category: required staff, WISN difference,
# ratio and pressure, classified with `bands`), a summary for each column of `levels`, and `all`
# for the whole table; summaries give both the ratio of sums and the mean of ratios.
fn wisn_batch(volumes, cadres, levels = [], bands = wisn_pressure_bands) {
  let joined = lookup(volumes, batch_standards(cadres), ["category", "activity"])
  check_standards(joined)
  let work = with_column(joined, "hours", joined.volume * joined.minutes / 60)
  let grouped = aggregate(work, levels + ["facility", "category"], {
    current_staff: "first",
    hours: "sum",
  })
  let g = lookup(grouped, batch_categories(cadres), ["category"])
  let required = g.hours / g.awt_hours * g.caf + g.iaf
  let ratio = divide_or_missing(g.current_staff, required)
  let results = with_column(g, "required_staff", required)
  let results = with_column(results, "wisn_difference", results.current_staff - required)
  let results = with_column(results, "wisn_ratio", ratio)
  let results = with_column(results, "pressure", pressure_labels(g.current_staff, required, bands))
  let results = select(results, levels + ["facility", "category", "current_staff", "hours", "required_staff", "wisn_difference", "wisn_ratio", "pressure"])
  let out = {facilities: results}
  for level in levels {
    out = with_field(out, level, batch_summary(results, [level]))
  }
  let nation = {
    groups: len(results),
    current_staff: sum(results.current_staff),
    required_staff: sum(results.required_staff),
    wisn_difference: sum(results.current_staff) - sum(results.required_staff),
    ratio_of_sums: sum(results.current_staff) / sum(results.required_staff),
    mean_of_ratios: mean(results.wisn_ratio),
  }
  with_field(out, "all", nation)
}
