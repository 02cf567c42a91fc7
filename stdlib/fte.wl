# fte.wl: full-time equivalent (domain spec, sections 7.5, 8 and 10).
#
#   FTE = (total activity time + allowance) / effective working time
#
# The allowance is a time, or a percentage of the effective time (15% is common). The FTE index
# is read against a band table: fte_bands_bkn_2010 by default.

# internal: the allowance as a time: a percentage of the effective time, or the time given.
fn allowance_time(allowance, effective) {
  if unit(allowance) == "%" { allowance * effective } else { allowance }
}

# FTE = (work + allowance) / effective working time. The allowance is a time or a percentage
# of the effective time (0% by default): fte(1500 h, 1200 h, 15%) is 1.4.
fn fte(work, effective, allowance = 0%) {
  let extra = allowance_time(allowance, effective)
  (work + extra) / effective
}

# The band of an FTE index in a band table (fte_bands_bkn_2010 by default: underload below
# 1, normal 1 to 1.28, overload above 1.28).
fn fte_band(index, bands = fte_bands_bkn_2010) {
  classify(index, bands)
}

# Total time of a cadre's counted activities in a year: sum(volume x unit time).
fn activity_time(cadre) {
  let cal = calendar_of(cadre)
  let total = 0 h
  for a in cadre.activities {
    if a.include {
      total = total + time_for(annual_volume(a, cal), a) in h
    }
  }
  total
}

# The FTE of a cadre against its calendar's effective year, with its band and the band table it
# is from (its name and source).
fn cadre_fte(cadre, allowance = 0%, bands = fte_bands_bkn_2010) {
  let work = activity_time(cadre)
  let effective = effective_year(calendar_of(cadre)) in h
  let index = fte(work, effective, allowance)
  {cadre: title(cadre), work: work, effective: effective, fte: index, band: fte_band(index, bands), bands: band_source(bands)}
}
