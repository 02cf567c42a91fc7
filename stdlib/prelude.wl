# prelude.wl: small helpers every script can use. Loaded at start-up.

# The share `part` is of `whole`, as a percentage: share(21, 45) is 46.6666666667%. Times of
# different working periods need the calendar that says how long they are, as a third argument:
# share(4 h, 1 day, rsud) is 50% when rsud's working day is 8 h (a script's `using` does not
# reach stdlib functions).
fn share(part, whole, cal = nothing) {
  if cal == nothing { part / whole in % } else { share_under(part, whole, cal) }
}

# internal: `share` under the calendar `cal` (a `using` holds for the function it is written in).
fn share_under(part, whole, cal) {
  using cal
  part / whole in %
}

# Whole staff needed for a fractional requirement: always rounds up (9.1 staff need 10).
fn whole_staff(x) {
  ceil(x)
}

# How a declaration is shown in results: its label if it has one, otherwise its name.
fn title(x) {
  if has(x, "label") { x.label } else { x.name }
}
