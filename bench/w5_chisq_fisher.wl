# W5: Pearson chi-square on a 50x40 table of counts and Fisher's exact test on a 2x2 table
# with n = 100,000; prints what w5_chisq_fisher.py prints.
#   wl run bench/w5_chisq_fisher.wl w5_rxc.csv w5_fisher2x2.csv
let rxc_path = args()[0]
let fisher_path = args()[1]
# A table of counts: its first (text) column labels the rows.
let big = crosstab(read_csv(rxc_path))
let chi = big.pearson
print "RxC " + str(len(big.rows)) + "x" + str(len(big.cols)) + " n=" + str(big.n) + " chi2=" + fixed(chi.value, 4) + " df=" + str(chi.df) + " p=" + significant(chi.p, 6) + " min_expected=" + fixed(big.min_expected, 3)
let small = crosstab(read_csv(fisher_path))
print "2x2 n=" + str(small.n) + " fisher p(2-sided)=" + significant(small.fisher.p_two_sided, 6) + " sample_or=" + fixed(small.risk.odds_ratio.estimate, 6)
