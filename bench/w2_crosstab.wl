# W2: SPSS-style report for one 2x2 crosstab; prints what w2_crosstab.py prints.
# Figures are rounded as printf and Python's `%.4f` round them: an exact tie goes to the even
# digit (the continuity-corrected chi-square is exactly 3.28125, printed 3.2812).
let c = crosstab([[32, 13], [31, 29]])
let f = fn(x, digits) => fixed(x, digits, "half_even")
let line = fn(label, t) => label + f(t.value, 4) + "  df=" + str(t.df) + "  p=" + f(t.p, 6)
let odds = c.risk.odds_ratio
print "N of valid cases        " + str(c.n)
print line("Pearson Chi-Square      ", c.pearson)
print line("Continuity Correction   ", c.continuity)
print line("Likelihood Ratio        ", c.likelihood_ratio)
print line("Linear-by-Linear        ", c.linear_by_linear)
print "Fisher's Exact Test     p(2-sided)=" + f(c.fisher.p_two_sided, 6) + "  p(1-sided)=" + f(c.fisher.p_one_sided, 6)
print "Min expected count      " + f(c.min_expected, 4)
print "Odds ratio (sample)     " + f(odds.estimate, 4) + "  95% CI (Woolf) " + f(odds.lower, 4) + " - " + f(odds.upper, 4)
