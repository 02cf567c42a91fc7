# A batch WISN run over a table of facilities: the same standards for every facility, the
# volumes and staff from a file, and summaries per district, per province and for all.
# (The same script runs over 10,000 facilities; see bench/w4_wisn_batch.wl.)
#
# This year's file has three bad rows, as national files do: PKM Toili's immunisation line has
# lost its staff cell (line 12), PKM Poasia's outpatient volume was typed with a letter O
# (line 17), and PKM Abeli's second activity is misspelt, so it has no standard (line 20). The
# run goes on: each bad row is reported with its line and why, the three facilities are left out
# whole (their figures would be wrong), and the other four come out as they would alone.

calendar puskesmas {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  sick_leave = 10 days
  training = 8 days
}

# National activity standards for two cadres. AWT = 215 days x 8 h = 1720 h.
cadre nurse in puskesmas {
  activity "Outpatient" { standard = 20 min per visit; volume = 0 visits }
  activity "Immunisation" { standard = 15 min per dose; volume = 0 doses }
  support "Reports and meetings" = 15%
}
cadre midwife in puskesmas {
  activity "Antenatal care" { standard = 40 min per visit; volume = 0 visits }
  individual "Village midwife supervision" = 86 h per year for 2 staff
}

let volumes = read_csv("data/district_volumes_2026.csv", bad_rows: "skip")
let batch = wisn_batch(volumes, [nurse, midwife], levels: ["province", "district"])

print batch.facilities
print batch.district
print batch.province
print batch.all
print to_table(batch.left_out)
