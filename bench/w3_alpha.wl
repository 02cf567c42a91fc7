# W3: Cronbach's alpha, alpha if item deleted and corrected item-total r of a 40-item Likert
# scale answered by 100,000 respondents; prints what w3_alpha.py prints.
#   wl run bench/w3_alpha.wl w3_likert.csv
let path = args()[0]
let t = read_csv(path)
# Every column but the respondent id is an item, scored 1 to 5.
scale likert {
  items = filter(keys(t), fn(c) => c != "id")
  min = 1
  max = 5
}
let r = reliability(likert, t)
print "n=" + str(r.cases.valid) + " k=" + str(r.n_items) + " alpha=" + fixed(r.alpha, 6)
let it = r.items
for i in 0..len(it) {
  print it.item[i] + " alpha_if_deleted=" + fixed(it.alpha_if_deleted[i], 6) + " r_drop=" + fixed(it.corrected_item_total_r[i], 6)
}
