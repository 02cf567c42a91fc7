# Effective working time and a first look at observed productive minutes.
# Figures from the time-and-motion study at Puskesmas Banggai Timur Raya (seed 001):
# formal working day 5.5 h, 30% allowance (Permenkes 53/2012).

calendar puskesmas {
  hours_per_day = 5.5 h
  days_per_week = 6 days
  allowance = 30%
}

# 70% of 5.5 h, in minutes, rounded down as the paper does: 231 min/day.
let effective = floor((1 - puskesmas.allowance) * puskesmas.hours_per_day in min)
print effective
assert effective == 231 min

let observed = table {
  cadre: ["Kapus", "Dokter Umum", "Perawat"],
  productive: [330, 300, 321] min/day,
}
print observed

# Productive minutes as a share of the effective day, truncated to whole percent.
for row in observed {
  let pct = truncate(row.productive / (effective / 1 day) in %)
  print row.cadre + ": " + str(pct)
}

# A day of training in this calendar is 5.5 h, never 24 h.
using puskesmas
print 4 days in h

audit 231 min / 330 min reported 70%
