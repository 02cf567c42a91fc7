# W1: one WISN staffing result from constants (start-up probe); prints what w1_wisn.py prints.
let awt = 1720 h                     # available working time per year
let workload = (20 min per visit * 12000 visits + 15 min per dose * 8000 doses) in h
let caf = 1 / (1 - 0.15)             # category allowance factor
let iaf = 0.2                        # individual allowance factor (staff)
let base = workload / awt
let required = base * caf + iaf
print "workload_hours=" + fixed(value(workload), 1) + " base_staff=" + fixed(base, 4) + " required_staff=" + fixed(required, 4) + " ceil=" + str(ceil(required))
