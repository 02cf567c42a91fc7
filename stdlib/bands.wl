# bands.wl: the band tables the workload methods classify with. Each is data: a script can
# make its own with `band_table` and pass it instead. Edges: `from` (>=) or `above` (>) below,
# `to` (<=) or `below` (<) above.

# FTE index bands attributed to BKN (2010), as seed 003 quotes them: "0 - 0.99 underload,
# 1 - 1.28 normal, above 1.28 overload". The printed "0.99" leaves a gap below 1; here
# underload ends just below 1, so 0.995 is underload, not unclassified.
let fte_bands_bkn_2010 = band_table("FTE index (BKN 2010)", [
  {label: "underload", from: 0, below: 1},
  {label: "normal", from: 1, to: 1.28},
  {label: "overload", above: 1.28},
], source: "Badan Kepegawaian Negara (2010), as cited in seed 003")

# Objective workload from the productive share of working time: > 80% high, 60-80% medium,
# < 60% low (Santoso 2014, cited in seed 001; Rahman 2012 in the domain spec, section 11).
let productivity_bands = band_table("Objective workload (time-and-motion)", [
  {label: "low", below: 60%},
  {label: "medium", from: 60%, to: 80%},
  {label: "high", above: 80%},
], source: "Santoso (2014) as cited in seed 001")

# WISN workload pressure from the WISN ratio (current / required staff). WHO's software
# prints these labels, but their numeric edges are not published (domain spec, section 9).
# These edges are wl's own PROVISIONAL choice; supply the official table when you have it.
let wisn_pressure_bands = band_table("WISN workload pressure (provisional edges)", [
  {label: "extremely high", below: 0.5},
  {label: "very high", from: 0.5, below: 0.7},
  {label: "high", from: 0.7, below: 0.8},
  {label: "moderately high", from: 0.8, below: 0.9},
  {label: "normal", from: 0.9, to: 1.1},
  {label: "low", above: 1.1, to: 1.5},
  {label: "extremely low", above: 1.5},
], source: "wl provisional default, not from WHO", provisional: true)

# The name and source of a band table, as a result that names a band says which table it used:
# "WISN workload pressure (provisional edges): wl provisional default, not from WHO".
fn band_source(bands) {
  let source = if has(bands, "source") { bands.source } else { "no source given" }
  bands.name + ": " + source
}
