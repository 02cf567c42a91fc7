# Reference values for tests/spss_figures.rs (issue 12 items 2 and 3), printed with 17
# significant digits. Run: Rscript tests/reference/spss_figures.R
library(psych); library(e1071)
p <- function(name, x) cat(name, "=", sprintf("%.17g", x), "\n")

# Crosstabs: Symmetric Measures from the uncorrected Pearson chi-square; phi and the
# linear-by-linear r as the correlation of the expanded case-level row and column indices.
cross <- function(name, m) {
  cs <- suppressWarnings(chisq.test(m, correct = FALSE))
  n <- sum(m); k <- min(dim(m))
  rows <- rep(row(m), m); cols <- rep(col(m), m)
  r <- cor(rows, cols)
  p(paste0(name, " lbl_r"), r)
  p(paste0(name, " lbl"), (n - 1) * r^2)
  p(paste0(name, " phi"), if (all(dim(m) == 2)) r else sqrt(cs$statistic / n))
  p(paste0(name, " cramers_v"), sqrt(cs$statistic / (n * (k - 1))))
  p(paste0(name, " contingency"), sqrt(cs$statistic / (cs$statistic + n)))
  p(paste0(name, " sym_p"), cs$p.value)
}
cross("seed002", matrix(c(32, 31, 13, 29), 2))
cross("t3x4", matrix(c(12, 5, 3, 7, 9, 4, 2, 6, 11, 1, 3, 8), 3))
cross("neg", matrix(c(5, 20, 15, 4), 2))

# Fisher: point probability and both tails; ad = bc.
fish <- function(name, m) {
  a <- m[1, 1]
  p(paste0(name, " point"), dhyper(a, sum(m[, 1]), sum(m[, 2]), sum(m[1, ])))
  p(paste0(name, " greater"), fisher.test(m, alternative = "greater")$p.value)
  p(paste0(name, " less"), fisher.test(m, alternative = "less")$p.value)
  p(paste0(name, " two"), fisher.test(m)$p.value)
}
fish("seed002", matrix(c(32, 31, 13, 29), 2))
fish("adbc", matrix(c(2, 3, 4, 6), 2))
fish("neg", matrix(c(5, 20, 15, 4), 2))

# SE of log OR (Woolf) and log RR, as the variance of the log estimate in closed form.
a <- 32; b <- 13; c <- 31; d <- 29
p("seed002 se_log_or", sqrt(1/a + 1/b + 1/c + 1/d))
p("seed002 se_log_rr1", sqrt(1/a - 1/(a + b) + 1/c - 1/(c + d)))
p("seed002 se_log_rr2", sqrt(1/b - 1/(a + b) + 1/d - 1/(c + d)))

# Descriptives: SPSS's G1/G2 are e1071's type 2; their standard errors in closed form;
# percentiles by HAVERAGE (type 6) and WAVERAGE (type 4); Tukey's hinges from fivenum.
desc <- function(name, x) {
  n <- length(x)
  p(paste0(name, " mean"), mean(x))
  p(paste0(name, " se_mean"), sd(x) / sqrt(n))
  p(paste0(name, " skew"), skewness(x, type = 2))
  p(paste0(name, " kurt"), kurtosis(x, type = 2))
  ses <- sqrt(6 * n * (n - 1) / ((n - 2) * (n + 1) * (n + 3)))
  p(paste0(name, " se_skew"), ses)
  p(paste0(name, " se_kurt"), 2 * ses * sqrt((n^2 - 1) / ((n - 3) * (n + 5))))
  f <- fivenum(x)
  p(paste0(name, " hinge_lower"), f[2]); p(paste0(name, " hinge_upper"), f[4])
  tab <- table(x); modes <- as.numeric(names(tab)[tab == max(tab)])
  p(paste0(name, " mode"), min(modes)); cat(name, "modes =", length(modes), "\n")
  for (q in c(5, 10, 33.3, 90)) {
    p(paste0(name, " h", q), quantile(x, q / 100, type = 6, names = FALSE))
    p(paste0(name, " w", q), quantile(x, q / 100, type = 4, names = FALSE))
  }
}
desc("odd", c(12, 7, 3, 15, 9, 10, 4, 8, 11, 6, 14))
desc("ties", c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 2.5))

# Reliability: psych::smc on the item correlations, and the Summary Item Statistics as the
# mean, min, max, range, max/min and var() of the item means, item variances and the
# off-diagonal covariances and correlations (each pair once).
items <- data.frame(
  p1 = c(4, 3, 5, 2, 4, 3, 5, 4, 2, 3, 4, 5),
  p2 = c(3, 3, 4, 2, 5, 2, 4, 4, 1, 3, 3, 5),
  p3 = c(4, 2, 5, 3, 4, 3, 5, 3, 2, 2, 4, 4),
  p4 = c(2, 3, 4, 1, 3, 2, 5, 4, 2, 3, 2, 4),
  p5 = c(5, 4, 4, 3, 5, 3, 4, 5, 3, 4, 4, 5))
sm <- smc(cor(items))
for (i in seq_along(sm)) p(paste0("rel smc", i), sm[i])
summ <- function(name, v) {
  p(paste0(name, " mean"), mean(v)); p(paste0(name, " min"), min(v)); p(paste0(name, " max"), max(v))
  p(paste0(name, " range"), max(v) - min(v)); p(paste0(name, " max_min"), max(v) / min(v))
  p(paste0(name, " variance"), var(v))
}
C <- cov(items); R <- cor(items)
summ("rel means", colMeans(items))
summ("rel variances", diag(C))
summ("rel cov", C[upper.tri(C)])
summ("rel cor", R[upper.tri(R)])
p("rel alpha", psych::alpha(items)$total$raw_alpha)

# A million cases: the crosstab of stats_natives' a_million_cases, and descriptives of
# x_i = (i * 7919) mod 10007 / 10, i = 1..1e6, computed in the kernel's unit test.
cross("million", matrix(c(250000, 249300, 250700, 250000), 2))
fish("million", matrix(c(250000, 249300, 250700, 250000), 2))
x <- ((1:1000000) * 7919) %% 10007 / 10
desc("million", x)
p("million sum", sum(x)); p("million q1", quantile(x, .25, type = 6, names = FALSE))
