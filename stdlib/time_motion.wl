# time_motion.wl: productivity from time-and-motion observation (domain spec, section 11).
#
#   productive share = productive minutes / formal minutes of the working day
#   objective workload = the band of that share (productivity_bands: > 80% high, 60-80% medium,
#                        < 60% low)
#   verdict: "good" when the productive minutes reach the effective time of the day
#            (Permenkes 53/2012: formal x (1 - allowance)), as seed 001 judges it

# The productive share of a working day: productive time / formal time, as a percentage
# (productive_share(300 min, 420 min) is 71.4285714286%).
fn productive_share(productive, formal) {
  productive / formal in %
}

# "good" when the productive time reaches the effective time of the day, otherwise
# "below effective time" (as seed 001 judges it).
fn productivity_verdict(productive, effective) {
  if productive >= effective { "good" } else { "below effective time" }
}

# internal: the share rounded to `digits` in `mode`, or as it is when no digits are given.
fn shown_share(share, digits, mode) {
  if digits == nothing { share } else { round(share, digits, mode) }
}

# internal: one observation: its productive share (rounded as asked, then classified), its band and
# the verdict against the effective day.
fn observation(productive, formal, effective, digits, mode, bands) {
  let share = shown_share(productive_share(productive, formal), digits, mode)
  {percent: share, workload: classify(share, bands), verdict: productivity_verdict(productive, effective)}
}

# A table of observations (a `productive` column in minutes per day, any other columns kept)
# with percent, workload band and verdict added. `digits` and `mode` round the percentage before
# it is classified, as a paper that prints whole percentages does (seed 001 truncates).
fn time_motion(observed, cal, digits = nothing, mode = "half_up", bands = productivity_bands) {
  let formal = formal_day(cal) in min per day
  let effective = effective_day(cal)
  to_table(map(observed, fn(row) => merge(row, observation(row.productive, formal, effective, digits, mode, bands))))
}
