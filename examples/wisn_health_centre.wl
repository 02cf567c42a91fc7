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
