# prelude.wl: small helpers every script can use. Loaded at start-up.

# The share `part` is of `whole`, as a percentage: share(21, 45) is 46.6666666667%.
fn share(part, whole) {
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
