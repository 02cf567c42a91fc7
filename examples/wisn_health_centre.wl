# A WISN calculation with all three kinds of activity, written from the domain spec (sections
# 3.1 and 4 to 9): a nurse cadre at a health centre, compared with the staff in post.

# AWT = [A - (B + C + D + E)] x F = [260 - (15 + 12 + 10 + 8)] days x 8 h = 215 x 8 = 1720 h.
calendar health_centre {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  sick_leave = 10 days
  training = 8 days
}

cadre nurse in health_centre {
  label = "Nurse"
  current_staff = 3
  # Health-service activities: a unit time, or a rate of working, and an annual volume.
  activity "Outpatient consultations" { standard = 20 min per visit; volume = 12000 visits }
  activity "Immunisation" { standard = 15 min per dose; volume = 8000 doses }
  activity "Malaria slides" {
    standard = 4 slides per h
    volume = 2000 slides
    include = false
    reason = "read by the laboratory cadre since 2024"
  }
  # Support activities (category allowance): time per period, or a share of working time.
  support "Staff meetings" = 2 h per week
  support "Reports and records" = 10%
  # Additional activities (individual allowance): time a year, and how many staff do it.
  individual "Supervision of health posts" = 172 h per year for 2 staff
}

let result = wisn(nurse)
print result

# Rounded for the report as the WISN software does: two decimals, from the unrounded values.
print "required " + str(round(result.required, 2)) + ", difference " + str(round(result.difference, 2)) + ", ratio " + str(round(result.ratio, 2)) + ": " + result.pressure + " pressure"

# How the required staff was derived, formula by formula.
explain required_staff(nurse)

# Which inputs the result depends on most: each changed by 10% both ways, largest swing first.
print sensitivity(nurse)

# The same cadre at two more facilities, and the district summary: the ratio of the sums is
# not the mean of the facilities' ratios, and both are named.
cadre nurse_b in health_centre {
  label = "Nurse, Puskesmas B"
  current_staff = 2
  activity "Outpatient consultations" { standard = 20 min per visit; volume = 5160 visits }
}
cadre nurse_c in health_centre {
  label = "Nurse, Puskesmas C"
  current_staff = 1
  activity "Outpatient consultations" { standard = 20 min per visit; volume = 0 visits }
}
print wisn_summary([wisn(nurse), wisn(nurse_b), wisn(nurse_c)])

# Figures as a national study prints them. Contractual hours with deductions as percentages of
# them: 1,600 h a year at 8 h a day is 200 possible days; leave 8% and sick leave 5% are 16 and
# 10 days; AWT = 174 days x 8 h = 1392 h (= 1600 h x 0.87). The clinic serves 286 days a year.
calendar clinic {
  hours_per_day = 8 h
  contract_hours = 1600 h per year
  annual_leave = 8%
  sick_leave = 5%
  service_days = 286 days
}

# Antenatal care 12 a day over 286 service days = 3432 visits x 20 min = 1144 h;
# deliveries 20 a month = 240 x 2 h = 480 h. Base = 1624 / 1392 = 1.1666666667.
# Support 10%: CAF = 1 / 0.9. The unit in-charge spends a quarter of her time on management,
# entered in FTE: IAS = 0.25 x 1392 = 348 h, IAF = 0.25.
# Required = 1.1666666667 / 0.9 + 0.25 = 1.5462962963 (2 whole); 2 in post: difference
# 0.4537037037, ratio 1.2934131737, "low" in the provisional table (above 1.1, to 1.5).
cadre midwife in clinic {
  label = "Midwife"
  current_staff = 2
  activity "Antenatal care" { standard = 20 min per visit; volume = 12 visits per day }
  activity "Deliveries" { standard = 2 h per case; volume = 20 cases per month }
  support "Reports and meetings" = 10%
  individual "In charge of the unit" = 0.25 FTE for 1 staff
}

# The WHO layout: a row per activity and a total per cadre, ready to print or export.
print wisn_table([nurse, midwife])
