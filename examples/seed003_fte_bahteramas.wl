# Seed 003: FTE of general practitioners in the emergency department (IGD) of RSUD Bahteramas,
# Southeast Sulawesi, 2017. Every figure the paper prints is recomputed; `audit` compares the
# recomputed value with the printed one at the paper's precision.

# Table 2, "Waktu Kerja Tersedia": A = 365 working days ("7 x 52 minggu"), B = 8 days annual
# leave, C = 4 days training, D = no public holidays, E = 30 days absence, F = 8 h a day.
calendar igd {
  label = "IGD, RSUD Bahteramas 2017"
  hours_per_day = 8 h
  days_per_week = 7 days
  possible_days = 365 days
  annual_leave = 8 days
  training = 4 days
  sick_leave = 30 days
}

# The paper labels A "7 x 52 minggu", which is 364 days, not the 365 it uses.
audit igd.days_per_week * igd.weeks_per_year reported 365 days

let wkt_igd = working_time(igd)
print wkt_igd
audit available_days(igd) reported 323 days
audit awt(igd) reported 2584 h
audit awt(igd) in min reported 155040 min

# Table 1 and Table 5: two main activities of 5 minutes each. SBK = WKT / time norm.
cadre dokter_umum in igd {
  label = "Dokter umum IGD"
  activity "Melakukan anamnesa penyakit" { standard = 5 min per patient; volume = 0 patients }
  activity "Melakukan penulisan resep" { standard = 5 min per patient; volume = 0 patients }
  # Table 4, the allowance items (faktor kelonggaran).
  support "Rapat komite medik" = 2 h per month
  support "Pendidikan dan pelatihan" = 4 days per year
}

for a in dokter_umum.activities {
  audit sbk(a, awt(igd) in min) reported 31008 patients
}

# Table 4: 2 h a month of meetings is 24 h = 1440 min a year; SK = 1440 / 155040.
using igd
let meetings = annual_time(2 h per month, igd)
audit meetings reported 1440 min
audit meetings / (awt(igd) in min) reported 0.01

# The paper counts 4 training days as 5760 min: 4 x 24 h. In this calendar a working day is
# 8 h, so 4 days are 1920 min and their share is 0.0124, not the 0.04 printed.
let training = annual_time(4 days per year, igd)
audit training reported 5760 min
audit training / (awt(igd) in min) reported 0.04

# The standard allowance (SK) is added once, as Kepmenkes 81/2004 does: 0.0217, not 0.05.
let sk = (meetings + training) / (awt(igd) in min)
print "standar kelonggaran: " + str(round(sk, 4))
audit sk reported 0.05
# Table 7 prints the same allowance as 0,005.
audit sk reported 0.005

# The 4 days of "Pendidikan dan pelatihan" are deducted from the WKT in Table 2 (C) and
# counted again as an allowance in Table 4: the same time twice. `kepmenkes_81` computes the
# same SK from the declarations, and warns (W0504) at the support activity.
let k81 = kepmenkes_81(dokter_umum)
print "standar kelonggaran (kepmenkes_81): " + str(round(k81.sk, 4))

# Table 3, "Waktu Kerja Efektif": 365 - 105 weekend days - 20 holidays - 8 days leave = 232 days.
let effective_days = 365 days - 105 days - 20 days - 8 days
audit effective_days reported 232 days

# The paper then multiplies the 232 working days by 24 h: 5568 h and 334080 min. wl refuses
# that product (`232 days * 24 h per day` is error E0304 in an 8-hour calendar): a working day
# here has 8 hours. The effective time in hours is the days in this calendar's hours:
let effective = effective_days in h
print "effective working time: " + str(effective) + " (" + str(effective in min) + ")"
audit effective reported 5568 h
audit effective in min reported 334080 min

# Table 7: FTE = working time / effective working time. The paper's numerator is the available
# working time, 2584 h, over its 24-hour effective time of 5568 h: 0.46, "underload".
let fte_paper = fte(2584 h, 5568 h)
print "FTE as printed: " + str(round(fte_paper, 2)) + " (" + fte_band(fte_paper) + ")"
audit fte_paper reported 0.46

# The same numerator over the 8-hour effective time gives an FTE above 1.28: overload.
let fte_8h = fte(awt(igd), effective)
print "FTE with an 8-hour day: " + str(round(fte_8h, 2)) + " (" + fte_band(fte_8h) + ")"
