# Seed 000: workload and performance of the medical staff of UPTD Puskesmas Separi III,
# December 2024. The paper says its sample is n = 22 (of a population of 45), but the response
# counts of its Tables 4 and 5 add up to 45 for every item, and its percentages are counts over
# 45. Each table below is rebuilt from the printed counts (SPSS-style frequency table) and every
# printed percentage is audited against the n the paper states; the audit names the n that
# gives the printed figure.

let n = 22                 # "Kinerja Petugas Kesehatan (N=22)", "Karakteristik (n=22)"
let options = ["SS", "S", "CS", "TS", "STS"]

# Table 1: item validity is judged against "r tabel 0,2638". The critical r for the stated
# n = 22 (alpha 0.05, two-tailed, as Indonesian r tables print it) is 0.423; for 45 it is 0.294.
audit critical_r(n) reported 0.2638
audit critical_r(45) reported 0.2638
print "n and tails for which the critical r at alpha 0.05 rounds to 0.2638:"
for m in 3..=200 {
  for tails in [1, 2] {
    if round(critical_r(m, tails: tails), 4) == 0.2638 {
      print { n: m, tails: tails }
    }
  }
}
# The smallest printed item-total r of Table 1 (0.311, workload item 9) is below the critical
# r for n = 22, so by the paper's own rule that item is not valid.
print { item: "Beban kerja 9", r: 0.311, r_table: round(critical_r(n), 4), valid: 0.311 > critical_r(n) }

# Table 4: responses on performance (kinerja), 17 items.
print frequencies(options, weights: [17, 28, 0, 0, 0], name: "Table 4 (kinerja) item 1")
audit 17 / n reported 37.8%   # item 1, SS
audit 28 / n reported 62.2%   # item 1, S
print frequencies(options, weights: [12, 33, 0, 0, 0], name: "Table 4 (kinerja) item 2")
audit 12 / n reported 26.7%   # item 2, SS
audit 33 / n reported 73.3%   # item 2, S
print frequencies(options, weights: [11, 34, 0, 0, 0], name: "Table 4 (kinerja) item 3")
audit 11 / n reported 24.4%   # item 3, SS
audit 34 / n reported 75.6%   # item 3, S
print frequencies(options, weights: [10, 34, 1, 0, 0], name: "Table 4 (kinerja) item 4")
audit 10 / n reported 22.2%   # item 4, SS
audit 34 / n reported 75.6%   # item 4, S
audit 1 / n reported 2.2%   # item 4, CS
print frequencies(options, weights: [11, 34, 0, 0, 0], name: "Table 4 (kinerja) item 5")
audit 11 / n reported 24.4%   # item 5, SS
audit 34 / n reported 75.6%   # item 5, S
print frequencies(options, weights: [11, 34, 0, 0, 0], name: "Table 4 (kinerja) item 6")
audit 11 / n reported 24.4%   # item 6, SS
audit 34 / n reported 75.6%   # item 6, S
print frequencies(options, weights: [10, 34, 1, 0, 0], name: "Table 4 (kinerja) item 7")
audit 10 / n reported 22.2%   # item 7, SS
audit 34 / n reported 75.6%   # item 7, S
audit 1 / n reported 2.2%   # item 7, CS
print frequencies(options, weights: [8, 33, 4, 0, 0], name: "Table 4 (kinerja) item 8")
audit 8 / n reported 17.8%   # item 8, SS
audit 33 / n reported 73.3%   # item 8, S
audit 4 / n reported 8.9%   # item 8, CS
print frequencies(options, weights: [14, 31, 0, 0, 0], name: "Table 4 (kinerja) item 9")
audit 14 / n reported 31.1%   # item 9, SS
audit 31 / n reported 68.9%   # item 9, S
print frequencies(options, weights: [8, 27, 5, 5, 0], name: "Table 4 (kinerja) item 10")
audit 8 / n reported 17.8%   # item 10, SS
audit 27 / n reported 60.0%   # item 10, S
audit 5 / n reported 11.1%   # item 10, CS
audit 5 / n reported 11.1%   # item 10, TS
print frequencies(options, weights: [9, 35, 1, 0, 0], name: "Table 4 (kinerja) item 11")
audit 9 / n reported 20%   # item 11, SS
audit 35 / n reported 77.8%   # item 11, S
audit 1 / n reported 2.2%   # item 11, CS
print frequencies(options, weights: [11, 33, 1, 0, 0], name: "Table 4 (kinerja) item 12")
audit 11 / n reported 24.4%   # item 12, SS
audit 33 / n reported 73.3%   # item 12, S
audit 1 / n reported 2.2%   # item 12, CS
print frequencies(options, weights: [9, 33, 3, 0, 0], name: "Table 4 (kinerja) item 13")
audit 9 / n reported 20%   # item 13, SS
audit 33 / n reported 73.3%   # item 13, S
audit 3 / n reported 6.7%   # item 13, CS
print frequencies(options, weights: [11, 33, 1, 0, 0], name: "Table 4 (kinerja) item 14")
audit 11 / n reported 24.4%   # item 14, SS
audit 33 / n reported 73.3%   # item 14, S
audit 1 / n reported 2.2%   # item 14, CS
print frequencies(options, weights: [7, 37, 1, 0, 0], name: "Table 4 (kinerja) item 15")
audit 7 / n reported 15.6%   # item 15, SS
audit 37 / n reported 82.2%   # item 15, S
audit 1 / n reported 2.2%   # item 15, CS
print frequencies(options, weights: [9, 35, 1, 0, 0], name: "Table 4 (kinerja) item 16")
audit 9 / n reported 20%   # item 16, SS
audit 35 / n reported 77.8%   # item 16, S
audit 1 / n reported 2.2%   # item 16, CS
print frequencies(options, weights: [9, 35, 1, 0, 0], name: "Table 4 (kinerja) item 17")
audit 9 / n reported 20%   # item 17, SS
audit 35 / n reported 77.8%   # item 17, S
audit 1 / n reported 2.2%   # item 17, CS

# The totals row of Table 4: the SS column adds up to 177 and averages 10.41 per item.
audit 17 + 12 + 11 + 10 + 11 + 11 + 10 + 8 + 14 + 8 + 9 + 11 + 9 + 11 + 7 + 9 + 9 reported 177
audit 177 / 17 reported 10.41

# Table 5: responses on workload (beban kerja), 10 items. Item 1's TS is printed "2,25" (read as
# 2.2%), item 2's SS also "2,25"; item 4's counts add up to 43 while its STS is printed as 4.44%.
print frequencies(options, weights: [3, 24, 17, 1, 0], name: "Table 5 (beban kerja) item 1")
audit 3 / n reported 6.7%   # item 1, SS
audit 24 / n reported 53.3%   # item 1, S
audit 17 / n reported 37.8%   # item 1, CS
audit 1 / n reported 2.2%   # item 1, TS
print frequencies(options, weights: [1, 23, 15, 6, 0], name: "Table 5 (beban kerja) item 2")
audit 1 / n reported 2.2%   # item 2, SS
audit 23 / n reported 51.1%   # item 2, S
audit 15 / n reported 33.3%   # item 2, CS
audit 6 / n reported 16.3%   # item 2, TS
print frequencies(options, weights: [1, 15, 24, 5, 0], name: "Table 5 (beban kerja) item 3")
audit 1 / n reported 2.2%   # item 3, SS
audit 15 / n reported 33.3%   # item 3, S
audit 24 / n reported 53.3%   # item 3, CS
audit 5 / n reported 15.1%   # item 3, TS
print frequencies(options, weights: [0, 20, 19, 4, 0], name: "Table 5 (beban kerja) item 4")
audit 20 / n reported 44.4%   # item 4, S
audit 19 / n reported 42.2%   # item 4, CS
audit 4 / n reported 8.9%   # item 4, TS
audit 0 / n reported 4.44%   # item 4, STS
print frequencies(options, weights: [0, 19, 20, 4, 2], name: "Table 5 (beban kerja) item 5")
audit 19 / n reported 42.2%   # item 5, S
audit 20 / n reported 44.4%   # item 5, CS
audit 4 / n reported 8.9%   # item 5, TS
audit 2 / n reported 4.4%   # item 5, STS
print frequencies(options, weights: [0, 18, 18, 7, 2], name: "Table 5 (beban kerja) item 6")
audit 18 / n reported 40.0%   # item 6, S
audit 18 / n reported 40.0%   # item 6, CS
audit 7 / n reported 15.6%   # item 6, TS
audit 2 / n reported 4.4%   # item 6, STS
print frequencies(options, weights: [1, 11, 25, 6, 2], name: "Table 5 (beban kerja) item 7")
audit 1 / n reported 2.2%   # item 7, SS
audit 11 / n reported 24.4%   # item 7, S
audit 25 / n reported 55.6%   # item 7, CS
audit 6 / n reported 13.3%   # item 7, TS
audit 2 / n reported 4.4%   # item 7, STS
print frequencies(options, weights: [1, 14, 14, 14, 2], name: "Table 5 (beban kerja) item 8")
audit 1 / n reported 2.2%   # item 8, SS
audit 14 / n reported 31.1%   # item 8, S
audit 14 / n reported 31.1%   # item 8, CS
audit 14 / n reported 31.1%   # item 8, TS
audit 2 / n reported 4.4%   # item 8, STS
print frequencies(options, weights: [1, 10, 27, 6, 1], name: "Table 5 (beban kerja) item 9")
audit 1 / n reported 2.2%   # item 9, SS
audit 10 / n reported 22.2%   # item 9, S
audit 27 / n reported 60.0%   # item 9, CS
audit 6 / n reported 13.3%   # item 9, TS
audit 1 / n reported 2.2%   # item 9, STS
print frequencies(options, weights: [13, 29, 3, 0, 0], name: "Table 5 (beban kerja) item 10")
audit 13 / n reported 28.9%   # item 10, SS
audit 29 / n reported 64.4%   # item 10, S
audit 3 / n reported 6.7%   # item 10, CS

# Against the n the percentages do use (45), four figures of Table 5 still do not follow from
# their counts: item 2's 6 TS answers (13.3%, printed 16.3%), item 3's 5 TS answers (11.1%,
# printed 15.1%), item 4's STS (0 answers, printed 4.44%) and item 1's TS printed "2,25".
audit 6 / 45 reported 16.3%
audit 5 / 45 reported 15.1%
audit 0 / 45 reported 4.44%
audit 1 / 45 reported 2.25%

# Table 3: the printed chi-square and its df do give the printed p-value (the abstract's
# p = 0.432 appears nowhere in the tables). Its "Std Deviation ± Mean" of 7.311 ± 1.090 for
# totals between 66 and 85 cannot be a mean (it lies outside the range); it cannot be
# recomputed without the raw scores, which the paper does not print.
audit chi_square_p(139.5, 182) reported 0.992 alpha 0.05
