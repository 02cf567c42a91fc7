# sensitivity.wl: how much a WISN requirement depends on each input (domain spec 15: results
# are very sensitive to the activity standards). Each row changes one input by -change and by
# +change, everything else as declared, and gives the required staff both ways and the swing
# between them. Rows come largest swing first, so the standards most worth checking lead.
#
# For a health-service activity, a longer time standard and a larger volume act alike (staff =
# volume x unit time / AWT), so one row covers both. Support activities change CAF, additional
# activities IAF; each is changed by the same share of its own value.

# internal: an activity with its time standard (and so its workload) changed by `factor`: a unit
# time is multiplied, a rate of working divided (a rate 10% slower is a unit time 10% longer).
fn with_standard_factor(a, factor) {
  if is_rate(a.standard) {
    with_field(a, "standard", a.standard / factor)
  } else {
    with_field(a, "standard", a.standard * factor)
  }
}

# internal: A support or additional activity with its time (or share) changed by `factor`.
fn with_value_factor(x, factor) {
  with_field(x, "value", x.value * factor)
}

# internal: the cadre with the entry named `name` of its list `field` changed by `factor`, or every
# entry of that list when `name` is nothing.
fn cadre_with_factor(cadre, field, name, change_one, factor) {
  let changed = map(cadre[field], fn(x) => if name == nothing or x.name == name { change_one(x, factor) } else { x })
  with_field(cadre, field, changed)
}

# internal: the required staff of a changed cadre. Its warnings are the declaration's, which the
# unchanged result reports once; a changed copy would repeat them with other numbers.
fn scenario_staff(cadre, field, name, change_one, factor) {
  quietly(fn() => required_staff(cadre_with_factor(cadre, field, name, change_one, factor)))
}

# internal: one row of `sensitivity`: the required staff with the input scaled by 1 - change and 1
# + change, and the swing between them.
fn sensitivity_row(cadre, input, field, name, change_one, change) {
  let minus = scenario_staff(cadre, field, name, change_one, 1 - change)
  let plus = scenario_staff(cadre, field, name, change_one, 1 + change)
  {input: input, minus: minus, plus: plus, swing: abs(plus - minus)}
}

# Required staff as declared, and with each input changed by -change and +change (default 10%):
# every health-service activity at once, each counted activity, each support activity (CAF)
# and each additional activity (IAF).
fn sensitivity(cadre, change = 10%) {
  if change <= 0% or change >= 100% {
    fail("E0405", "a change of " + str(change) + " cannot be applied both ways", hint: "give a share between 0% and 100%, e.g. `change: 10%`")
  }
  let rows = [sensitivity_row(cadre, "all health-service activities", "activities", nothing, with_standard_factor, change)]
  for a in filter(cadre.activities, fn(a) => a.include) {
    rows = rows + [sensitivity_row(cadre, "activity: " + title(a), "activities", a.name, with_standard_factor, change)]
  }
  let cal = calendar_of(cadre)
  let total = total_cas(cadre)
  for s in cadre.supports {
    let more = total + change * cas(s, cal)
    if more >= 100% {
      fail("E0501", "with \"" + title(s) + "\" " + str(change) + " larger, the support activities of `" + cadre.name + "` would take " + str(round(more, 1)) + " of working time: no time would be left for services", at: s,
        hint: "give a smaller change, e.g. `change: 5%`")
    }
    rows = rows + [sensitivity_row(cadre, "support: " + title(s), "supports", s.name, with_value_factor, change)]
  }
  for i in cadre.individuals {
    rows = rows + [sensitivity_row(cadre, "additional: " + title(i), "individuals", i.name, with_value_factor, change)]
  }
  {
    cadre: title(cadre),
    change: change,
    required: required_staff(cadre),
    inputs: to_table(reverse(sort(rows, fn(r) => r.swing))),
  }
}
