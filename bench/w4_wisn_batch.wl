# W4: national WISN batch (bench/README.md): 10,000 facilities x 9 categories x 12 activities.
# Per facility and category: required staff = sum(volume x unit time) / AWT x CAF + IAF, the
# WISN difference and ratio; a CSV of 90,000 rows with 4 decimals and a summary line.
#   wl run bench/w4_wisn_batch.wl INPUT.csv OUTPUT.csv

let input = args()[0]
let output = args()[1]
let awt = 1720 h
let caf = 1.15
let iaf = 0.3

let t = read_csv(input)
let t = with_column(t, "work", t.annual_volume * t.unit_time_min * 1 min)
let g = aggregate(t, ["facility_id", "category"], {current_staff: "first", hours: ["sum", "work"]})
let g = with_column(g, "required_staff", g.hours / awt * caf + iaf)
let g = with_column(g, "wisn_difference", g.current_staff - g.required_staff)
let g = with_column(g, "wisn_ratio", g.current_staff / g.required_staff)
let g = select(g, ["facility_id", "category", "current_staff", "required_staff", "wisn_difference", "wisn_ratio"])
export(g, output, decimals: 4)

print "rows=" + str(len(g)) + " total_required=" + fixed(sum(g.required_staff), 4) + " shortage_groups=" + str(sum(g.wisn_difference < 0)) + " mean_ratio=" + fixed(mean(g.wisn_ratio), 6)
