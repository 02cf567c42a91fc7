# Reference values for tests/stats_natives.rs (R 4.x, base + MASS). Run from the repository root:
#   Rscript tests/reference/natives.R
p <- function(label, x) cat(sprintf("%-34s %s\n", label, paste(sprintf("%.17g", x), collapse=", ")))
ct <- function(nm, m) {
  cat("=====", nm, "\n")
  s <- suppressWarnings(chisq.test(m, correct=FALSE))
  p("pearson", c(s$statistic, s$p.value))
  if (all(dim(m)==2)) { y <- suppressWarnings(chisq.test(m)); p("continuity", c(y$statistic, y$p.value)) }
  ll <- MASS::loglm(~1+2, data=as.table(m)); p("likelihood ratio", c(ll$lrt, pchisq(ll$lrt, ll$df, lower.tail=FALSE)))
  rs <- rep(row(m), m); cs <- rep(col(m), m); N <- sum(m)
  M2 <- (N-1)*cor(rs, cs)^2; p("linear-by-linear", c(M2, pchisq(M2, 1, lower.tail=FALSE)))
  p("min expected", min(s$expected))
  if (sum(m) < 10000) p("fisher 2-sided", fisher.test(m)$p.value)
  if (all(dim(m)==2) && all(m > 0)) {
    OR <- m[1,1]*m[2,2]/(m[1,2]*m[2,1]); se <- sqrt(sum(1/m)); z <- qnorm(0.975)
    p("odds ratio, lower, upper", c(OR, exp(log(OR)-z*se), exp(log(OR)+z*se)))
  }
}
ct("seed002 table 3", matrix(c(32,13,31,29),2,byrow=TRUE))
ct("seed002 table 4", matrix(c(43,20,20,22),2,byrow=TRUE))
ct("zero cell", matrix(c(0,5,6,4),2,byrow=TRUE))
ct("3x4", matrix(c(8,12,5,10, 6,9,14,7, 11,4,6,13),3,byrow=TRUE))
ct("n = 1,000,000", matrix(c(250000,250700,249300,250000),2,byrow=TRUE))
r <- function(n, a=0.05, t=2) { q <- qt(1-a/t, n-2); q/sqrt(n-2+q^2) }
cat("===== critical r\n")
p("n=22 two-tailed", r(22)); p("n=45 two-tailed", r(45)); p("n=40 one-tailed", r(40, t=1)); p("n=30 alpha .01", r(30, a=0.01))
cat("===== seed004 master data, items P1..P6\n")
d <- read.csv("examples/data/seed004_master_data.csv"); x <- d[, 3:8]; k <- 6; tot <- rowSums(x)
alpha <- function(x) { k <- ncol(x); k/(k-1)*(1 - sum(apply(x, 2, var))/var(rowSums(x))) }
rr <- cor(x); mr <- mean(rr[upper.tri(rr)])
p("alpha", alpha(x)); p("standardized alpha", k*mr/(1+(k-1)*mr))
p("alpha if deleted", sapply(1:k, function(j) alpha(x[, -j])))
p("corrected item-total r", sapply(1:k, function(j) cor(x[, j], rowSums(x[, -j]))))
p("item-total r", sapply(1:k, function(j) cor(x[, j], tot)))
p("scale variance if deleted", sapply(1:k, function(j) var(rowSums(x[, -j]))))
p("total mean, sd, var", c(mean(tot), sd(tot), var(tot)))
p("total quantile type 6 (SPSS)", quantile(tot, c(.25, .5, .75), type=6))
p("P5 quantile type 6", quantile(d$P5, c(.25, .5, .75), type=6))
