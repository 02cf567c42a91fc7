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
# gets a summary, and the whole table a national one, naming the ratios they report:
#   ratio_of_sums  = all current staff / all required staff
#   mean_of_ratios = the mean of the facility ratios (rows with no workload left out)
#   mean_of_rounded_ratios = the mean of the facility ratios rounded to 2 decimals first, as
#                    papers that average a printed column get it
# Required staff are summed unrounded, before any rounding to whole persons (domain spec 16):
# round the results for a report, never before they are summed.
#
# A bad row does not stop the run. The rows a tolerant read left out (`read_csv(path,
# bad_rows: "skip")`, passed as it is) and the rows found unusable here (an activity with no
# standard, a missing volume or current staff) are reported, each with its file and line, as
# warnings and in `rejected`; a facility with any bad row is left out whole, since its figures
# would be wrong, and `left_out` and the summary name it. `bad_rows: "stop"` makes the first
# one an error.

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

# internal: the rows of a batch and the rows a tolerant read already left out: `volumes` is a
# table, or what `read_csv(path, bad_rows: "skip")` returns ({file, rows, rejected}).
fn batch_input(volumes) {
  if type(volumes) == "table" {
    {file: nothing, rows: volumes, rejected: []}
  } else if type(volumes) == "record" and has(volumes, "rows") and has(volumes, "rejected") {
    volumes
  } else {
    fail("E0402", "`wisn_batch` needs the volumes as a table, or as `read_csv(path, bad_rows: \"skip\")` returns them; this is a " + type(volumes),
      hint: "read them with `read_csv`, or build them with `table { ... }`")
  }
}

# internal: a cell of a row the reader left out, by column name (missing when absent).
fn batch_cell(r, name) {
  if has(r.cells, name) { r.cells[name] } else { nothing }
}

# internal: a row the reader left out, in the shape of the batch's own rejections.
fn batch_read_reject(r) {
  {
    file: r.file,
    line: r.line,
    facility: batch_cell(r, "facility"),
    category: batch_cell(r, "category"),
    activity: batch_cell(r, "activity"),
    reason: r.reason,
  }
}

# internal: why a joined row cannot be used (no standard, no volume, no current staff: a blank
# staff cell is missing staff, not "no workload"), or nothing.
fn batch_row_problem(row) {
  if row.minutes == nothing {
    "no standard for activity \"" + str(row.activity) + "\" of category \"" + str(row.category) + "\""
  } else if row.volume == nothing {
    "no volume for activity \"" + str(row.activity) + "\" of category \"" + str(row.category) + "\""
  } else if row.current_staff == nothing {
    "missing staff: no current staff for category \"" + str(row.category) + "\""
  } else {
    nothing
  }
}

# internal: the rows of the joined table that cannot be used, each with its file and line (or
# its row number in a table that has no `source_line`).
fn batch_row_problems(joined, file) {
  let problems = []
  let n = len(joined)
  if count(joined.minutes) < n or count(joined.volume) < n or count(joined.current_staff) < n {
    let i = 0
    for row in joined {
      i = i + 1
      let reason = batch_row_problem(row)
      if reason != nothing {
        problems = problems + [{
          file: file,
          line: if has(row, "source_line") { row.source_line } else { nothing },
          row: i,
          facility: row.facility,
          category: row.category,
          activity: row.activity,
          reason: reason,
        }]
      }
    }
  }
  problems
}

# internal: where a rejected row is, as a warning names it: "line 9 (PKM C)".
fn batch_place(p) {
  let at = if p.line != nothing { "line " + str(p.line) } else { "row " + str(p.row) + " of the table" }
  at + " (" + str(p.facility) + ")"
}

# internal: "`file`: " before a message about a row of a file.
fn batch_source(file) {
  if file == nothing { "" } else { "`" + file + "`: " }
}

# internal: one warning per reason, naming the rows (their first five) and their facilities.
fn batch_warn_problems(problems, file) {
  let groups = {}
  for p in problems {
    let seen = if has(groups, p.reason) { groups[p.reason] } else { [] }
    groups = with_field(groups, p.reason, seen + [p])
  }
  let source = batch_source(file)
  for g in groups {
    let ps = g.value
    let shown = map(if len(ps) > 5 { [ps[0], ps[1], ps[2], ps[3], ps[4]] } else { ps }, batch_place)
    let more = if len(ps) > 5 { ", and " + str(len(ps) - 5) + " more" } else { "" }
    warn("E0504", source + g.key + " at " + join(shown, ", ") + more + "; left out with the rest of each facility's rows",
      hint: "declare the activity in the cadre, or correct the name or the volume in the data")
  }
}

# internal: the facilities with a rejected row: a record from each facility's name to its first
# rejected row.
fn batch_left_out(rejected) {
  let left = {}
  for r in rejected {
    if r.facility != nothing and not has(left, str(r.facility)) {
      left = with_field(left, str(r.facility), r)
    }
  }
  left
}

# internal: the mean of the non-missing ratios, each rounded to `digits` decimals first.
fn mean_of_rounded(ratios, digits) {
  let shown = filter(map(ratios, fn(x) => x), fn(x) => x != nothing)
  if len(shown) == 0 { nothing } else { mean(map(shown, fn(x) => round(x, digits))) }
}

# internal: one level's summary: staff and requirements summed, and the three ratios.
fn batch_summary(results, by) {
  let rounded = map(results.wisn_ratio, fn(x) => if x == nothing { nothing } else { round(x, 2) })
  let s = aggregate(with_column(results, "rounded_ratio", rounded), by, {
    groups: "count",
    current_staff: ["sum", "current_staff"],
    required_staff: ["sum", "required_staff"],
    mean_of_ratios: ["mean", "wisn_ratio"],
    mean_of_rounded_ratios: ["mean", "rounded_ratio"],
  })
  let s = with_column(s, "wisn_difference", s.current_staff - s.required_staff)
  with_column(s, "ratio_of_sums", divide_or_missing(s.current_staff, s.required_staff))
}

# internal: the value of `level` (a district, a province) each left-out facility belongs to, as a
# record from its name: from its rows that were read and dropped (any of them names it), else
# from the cells of a row the reader left out; nothing when no row says. One pass over each.
fn batch_homes(level, left, dropped, read_rejected) {
  let home = {}
  for r in dropped {
    let f = str(r.facility)
    if has(left, f) and not has(home, f) and r[level] != nothing {
      home = with_field(home, f, r[level])
    }
  }
  for r in read_rejected {
    let f = str(batch_cell(r, "facility"))
    if has(left, f) and not has(home, f) and batch_cell(r, level) != nothing {
      home = with_field(home, f, batch_cell(r, level))
    }
  }
  for f in keys(left) {
    if not has(home, f) { home = with_field(home, f, nothing) }
  }
  home
}

# internal: whether a list holds a value (`==`, so a missing value matches a missing one).
fn batch_holds(xs, v) {
  len(filter(xs, fn(x) => x == v)) > 0
}

# internal: how many rows and which facilities of each value of `level` were left out: a list of
# {value, rows_left_out, facilities_left_out, left_out}, one per value with anything left out.
# `dropped` are the rows that were read but left out. A row that was read counts where its own
# cell puts it; a row the reader left out, where its facility is (a ragged line may have lost
# the cell), else where its own cell puts it. Only the left-out rows are walked, so a national
# batch with few bad rows costs little here.
fn batch_level_left_out(level, left, dropped, read_rejected) {
  let home = batch_homes(level, left, dropped, read_rejected)
  let placed = map(read_rejected, fn(r) => {
    let f = str(batch_cell(r, "facility"))
    if has(home, f) { home[f] } else { batch_cell(r, level) }
  })
  let seen = []
  let dropped_at = map(dropped, fn(r) => r[level])
  for v in values(home) + placed + dropped_at {
    if not batch_holds(seen, v) { seen = seen + [v] }
  }
  map(seen, fn(v) => {
    let names = filter(keys(left), fn(f) => home[f] == v)
    let rows_out = len(filter(dropped_at, fn(x) => x == v)) + len(filter(placed, fn(p) => p == v))
    {value: v, rows_left_out: rows_out, facilities_left_out: len(names), left_out: names}
  })
}

# internal: the left-out counts of one group of a level (zero when nothing was left out).
fn batch_left_counts(left_out, v) {
  let mine = filter(left_out, fn(x) => x.value == v)
  if len(mine) == 0 {
    {rows_left_out: 0, facilities_left_out: 0, left_out: []}
  } else {
    {rows_left_out: mine[0].rows_left_out, facilities_left_out: mine[0].facilities_left_out, left_out: mine[0].left_out}
  }
}

# internal: one level's summary, each group with how many of its rows and which of its
# facilities were left out; a group whose every facility was left out follows with a row of its
# own, with no figures.
fn batch_level_summary(results, level, left_out) {
  let s = batch_summary(results, [level])
  let counted = map(rows(s), fn(r) => merge(r, batch_left_counts(left_out, r[level])))
  let gone = filter(left_out, fn(x) => not batch_holds(s[level], x.value))
  let blank = map(gone, fn(x) => merge(with_field({}, level, x.value), {
    groups: 0,
    current_staff: nothing,
    required_staff: nothing,
    mean_of_ratios: nothing,
    mean_of_rounded_ratios: nothing,
    wisn_difference: nothing,
    ratio_of_sums: nothing,
    rows_left_out: x.rows_left_out,
    facilities_left_out: x.facilities_left_out,
    left_out: x.left_out,
  }))
  to_table(counted + blank)
}

# internal: the per facility and category WISN results of the usable rows.
fn batch_results(used, cadres, levels, bands) {
  let work = with_column(used, "hours", used.volume * used.minutes / 60)
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
  select(results, levels + ["facility", "category", "current_staff", "hours", "required_staff", "wisn_difference", "wisn_ratio", "pressure"])
}

# WISN over a table of facilities: `volumes` has one row per facility, category and activity
# (facility, category, activity, volume, current_staff, plus any grouping columns), as a table
# or as `read_csv(path, bad_rows: "skip")` returns it; `cadres` are the declarations that give
# each category's standards, AWT, CAF and IAF.
# Returns a record: `facilities` (per facility and category: required staff, WISN difference,
# ratio and pressure, classified with `bands`), a summary for each column of `levels` (a row
# per district, say, with how many of its rows and facilities were left out and which; a
# district whose every facility was left out follows with no figures), `all`
# for the whole table (the ratio of sums, the mean of ratios and the mean of the ratios rounded
# to 2 decimals, each named; how many rows and facilities were left out, and which), `rejected`
# (each bad row: file, line, facility, category, activity, reason) and `left_out` (each facility
# left out whole, with its first bad row). A bad row warns and leaves its facility out;
# `bad_rows: "stop"` makes it an error instead.
fn wisn_batch(volumes, cadres, levels = [], bands = wisn_pressure_bands, bad_rows = "skip") {
  let input = batch_input(volumes)
  let joined = lookup(input.rows, batch_standards(cadres), ["category", "activity"])
  let problems = batch_row_problems(joined, input.file)
  let rejected = map(input.rejected, batch_read_reject) + problems
  if bad_rows == "stop" and len(rejected) > 0 {
    fail("E0504", batch_source(rejected[0].file) + rejected[0].reason + " at " + batch_place(rejected[0]),
      hint: "declare the activity in the cadre, or correct the data; `bad_rows: \"skip\"` leaves the facility out instead")
  }
  batch_warn_problems(problems, input.file)
  let left = batch_left_out(rejected)
  let kept = if len(left) == 0 and len(problems) == 0 {
    nothing
  } else {
    filter(joined, fn(r) => not has(left, str(r.facility)) and batch_row_problem(r) == nothing)
  }
  if kept != nothing and len(kept) == 0 {
    fail("E0504", "every row of the batch was left out (bad rows: " + str(len(rejected)) + ", facilities left out: " + str(len(left)) + "), so nothing is left to compute",
      hint: "the warnings above give each bad row and why")
  }
  let used = if kept == nothing { joined } else { to_table(kept) }
  # The rows read but left out, for the levels' counts (one more pass, only when there are levels).
  let dropped = if kept == nothing or len(levels) == 0 { [] } else { filter(joined, fn(r) => has(left, str(r.facility)) or batch_row_problem(r) != nothing) }
  let results = batch_results(used, cadres, levels, bands)
  let out = {facilities: results}
  for level in levels {
    let left_here = batch_level_left_out(level, left, dropped, input.rejected)
    out = with_field(out, level, batch_level_summary(results, level, left_here))
  }
  let nation = {
    groups: len(results),
    current_staff: sum(results.current_staff),
    required_staff: sum(results.required_staff),
    wisn_difference: sum(results.current_staff) - sum(results.required_staff),
    ratio_of_sums: sum(results.current_staff) / sum(results.required_staff),
    mean_of_ratios: mean(results.wisn_ratio),
    mean_of_rounded_ratios: mean_of_rounded(results.wisn_ratio, 2),
    rows_left_out: len(input.rejected) + len(joined) - len(used),
    facilities_left_out: len(left),
    left_out: keys(left),
  }
  let out = with_field(out, "all", nation)
  let out = with_field(out, "rejected", rejected)
  with_field(out, "left_out", map(values(left), fn(r) => {facility: r.facility, line: r.line, reason: r.reason}))
}
