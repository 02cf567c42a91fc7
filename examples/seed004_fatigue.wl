# Seed 004: age, length of service and workload against work fatigue (KAUPKK) among 45
# workshop workers, PT. Tjokro Bersaudara Samarindaindo, 2025. The thesis prints three 2x2
# tables (Tables 4.5 to 4.7) with chi-square p-values, the SPSS output behind them (Lampiran 5)
# and a raw data block (Lampiran 4, "Master Data"), transcribed in data/seed004_master_data.csv.

# Tables 4.1 and 4.2 from the master data: age and length of service codes (1 = <= 35 years /
# new, 2 = > 35 years / long).
let master = read_csv("data/seed004_master_data.csv")
print frequencies(master.umur, name: "Umur (1 = <= 35 tahun, 2 = > 35 tahun)")
print frequencies(master.masa_kerja, name: "Masa kerja (1 = baru, 2 = lama)")
audit 20 / 45 reported 44%
audit 25 / 45 reported 56%
audit 21 / 45 reported 47%
audit 24 / 45 reported 53%

# Table 4.5 (age x fatigue): printed p = 0.025, and "0,25" in the text below it.
let age = crosstab([[10, 10], [11, 14]],
  rows: ["<= 35 Tahun", "> 35 Tahun"], cols: ["Rendah", "Tinggi"],
  row_var: "Usia", col_var: "Kelelahan")
print age
audit age.pearson.p reported 0.025 alpha 0.05
# Lampiran 5 prints Pearson chi-square 4.161 for this table; the counts give 0.161, and even
# 4.161 on 1 df is p = 0.041, not the 0.025 printed next to it.
audit age.pearson.value reported 4.161
audit chi_square_p(4.161, 1) reported 0.025 alpha 0.05
audit age.continuity.value reported 3.010
audit age.fisher.p_two_sided reported 0.036 alpha 0.05
audit age.min_expected reported 7.33

# Table 4.6 (length of service x fatigue): printed p = 0.019.
let service = crosstab([[12, 9], [9, 15]],
  rows: ["Baru <= 5 tahun", "Lama > 5 tahun"], cols: ["Rendah", "Tinggi"],
  row_var: "Masa Kerja", col_var: "Kelelahan")
print service
audit service.pearson.p reported 0.019 alpha 0.05
audit service.pearson.value reported 5.736
audit chi_square_p(5.736, 1) reported 0.019
audit service.fisher.p_two_sided reported 0.024 alpha 0.05
audit service.fisher.p_one_sided reported 0.015 alpha 0.05
audit service.min_expected reported 7.80

# Table 4.7 (workload x fatigue): printed p = 0.045. Lampiran 5's crosstab has different counts
# ([[2, 8], [16, 19]], totals 18 and 27, yet expected counts for totals 21 and 24); its chi-square
# 3.673 is the value of the paper's table, but 3.673 on 1 df is p = 0.055, not 0.045.
let workload = crosstab([[2, 8], [19, 16]],
  rows: ["Underload", "Overload"], cols: ["Rendah", "Tinggi"],
  row_var: "Beban Kerja", col_var: "Kelelahan")
print workload
audit workload.pearson.value reported 3.673
audit workload.pearson.p reported 0.045 alpha 0.05
audit chi_square_p(3.673, 1) reported 0.045 alpha 0.05
audit workload.likelihood_ratio.value reported 3.912
audit workload.fisher.p_two_sided reported 0.048 alpha 0.05
audit workload.min_expected reported 7.67
audit 19 / 35 reported 54.3%
audit 16 / 35 reported 45.7%

# Lampiran 4: six items scored 1 to 4 (the block is headed "Master Data Beban Kerja", its
# columns "Kebisingan"). Scored as the workload scale of Table 3.5: overload when the total is
# at least 60% of the maximum.
scale beban_kerja {
  items = ["P1", "P2", "P3", "P4", "P5", "P6"]
  min = 1
  max = 4
  categories = { "Underload": 0%..60%, "Overload": 60%..=100% }
}
let scored = score(beban_kerja, master)
# The printed Total column agrees with the items on every row:
assert len(filter(rows(scored), fn(r) => r.total != r.Total)) == 0, "printed totals"
print descriptives(scored.total)
print frequencies(scored.category, name: "Beban kerja (skor >= 60% = overload)")
# Table 4.3 reports 35 overload workers; this block gives far fewer.
audit len(filter(scored.category, fn(c) => c == "Overload")) reported 35
print reliability(beban_kerja, master)
print validity(beban_kerja, master)

# Section 3 (instrument test): "r tabel" for the 15-respondent pilot at alpha 0.05 is given as
# 0.514, and two lines later as 0.541.
audit critical_r(15) reported 0.514
audit critical_r(15) reported 0.541
