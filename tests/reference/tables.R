p <- function(label, x) cat(sprintf("%-40s %s\n", label, paste(sprintf("%.17g", x), collapse=", ")))
tabs <- list(t1=matrix(c(32,13,31,29),2,byrow=TRUE), t2=matrix(c(2,8,19,16),2,byrow=TRUE),
             t3=matrix(c(2,13,14,16),2,byrow=TRUE), t4=matrix(c(0,5,6,4),2,byrow=TRUE),
             t5=matrix(c(8,12,5,10, 6,9,14,7, 11,4,6,13),3,byrow=TRUE))
for (nm in names(tabs)) {
  m <- tabs[[nm]]; cat("=====", nm, "\n"); print(m)
  s <- suppressWarnings(chisq.test(m, correct=FALSE))
  p("chisq.test(m,correct=FALSE) stat", s$statistic); p("  df", s$parameter); p("  p", s$p.value)
  p("  expected", t(s$expected))
  p("  min expected", min(s$expected)); p("  n cells E<5", sum(s$expected < 5))
  if (all(dim(m)==2)) { y <- suppressWarnings(chisq.test(m)); p("chisq.test(m) Yates stat", y$statistic); p("  p", y$p.value) }
  ll <- MASS::loglm(~1+2, data=as.table(m)); p("MASS::loglm(~1+2) LR stat", ll$lrt); p("  p", pchisq(ll$lrt, ll$df, lower.tail=FALSE))
  # linear-by-linear by expanding cases and taking cor() of row/col index scores
  rs <- rep(row(m), m); cs <- rep(col(m), m); N <- sum(m)
  M2 <- (N-1)*cor(rs, cs)^2; p("(N-1)*cor(rep(row(m),m),rep(col(m),m))^2", M2); p("  p", pchisq(M2, 1, lower.tail=FALSE))
  f <- fisher.test(m); p("fisher.test(m)$p.value", f$p.value)
  if (all(dim(m)==2)) {
    p("fisher.test(m,alt='greater')$p.value", fisher.test(m, alternative="greater")$p.value)
    p("fisher.test(m,alt='less')$p.value", fisher.test(m, alternative="less")$p.value)
    p("  a vs E(a)", c(m[1,1], s$expected[1,1]))
  }
}
big <- matrix(c(25000,25100,24900,25000),2,byrow=TRUE)
cat("===== big\n")
p("fisher.test(big)$p.value", fisher.test(big)$p.value)
p("fisher.test(big,alt='greater')$p.value", fisher.test(big, alternative="greater")$p.value)
p("fisher.test(big,alt='less')$p.value", fisher.test(big, alternative="less")$p.value)
big2 <- matrix(c(25000,24000,26000,25000),2,byrow=TRUE)
p("fisher.test(big2)$p.value", fisher.test(big2)$p.value)
p("fisher.test(big2,alt='greater')$p.value", fisher.test(big2, alternative="greater")$p.value)
p("fisher.test(big2,alt='less')$p.value", fisher.test(big2, alternative="less")$p.value)
# risk for t1 by hand
m <- tabs$t1; a<-m[1,1]; b<-m[1,2]; c<-m[2,1]; d<-m[2,2]; z <- qnorm(0.975)
or <- a*d/(b*c); se <- sqrt(1/a+1/b+1/c+1/d); p("OR a*d/(b*c)", or); p("  Woolf 95% exp(log(or)-+qnorm(.975)*se)", exp(log(or)+c(-1,1)*z*se))
rr1 <- (a/(a+b))/(c/(c+d)); se1 <- sqrt(b/(a*(a+b))+d/(c*(c+d))); p("RR col1 (a/(a+b))/(c/(c+d))", rr1); p("  CI exp(log(rr1)-+z*se1)", exp(log(rr1)+c(-1,1)*z*se1))
rr2 <- (b/(a+b))/(d/(c+d)); se2 <- sqrt(a/(b*(a+b))+c/(d*(c+d))); p("RR col2 (b/(a+b))/(d/(c+d))", rr2); p("  CI exp(log(rr2)-+z*se2)", exp(log(rr2)+c(-1,1)*z*se2))
z90 <- qnorm(0.95); p("  OR 90% CI exp(log(or)-+qnorm(.95)*se)", exp(log(or)+c(-1,1)*z90*se))
# risk for t2
m <- tabs$t2; a<-m[1,1]; b<-m[1,2]; c<-m[2,1]; d<-m[2,2]
or <- a*d/(b*c); se <- sqrt(1/a+1/b+1/c+1/d); p("t2 OR", or); p("  Woolf 95%", exp(log(or)+c(-1,1)*z*se))
rr1 <- (a/(a+b))/(c/(c+d)); se1 <- sqrt(b/(a*(a+b))+d/(c*(c+d))); p("t2 RR col1", rr1); p("  CI", exp(log(rr1)+c(-1,1)*z*se1))
rr2 <- (b/(a+b))/(d/(c+d)); se2 <- sqrt(a/(b*(a+b))+c/(d*(c+d))); p("t2 RR col2", rr2); p("  CI", exp(log(rr2)+c(-1,1)*z*se2))
# t4 col2 RR is defined (b=5,d=4)
m <- tabs$t4; a<-m[1,1]; b<-m[1,2]; c<-m[2,1]; d<-m[2,2]
rr2 <- (b/(a+b))/(d/(c+d)); se2 <- sqrt(a/(b*(a+b))+c/(d*(c+d))); p("t4 RR col2", rr2); p("  CI", exp(log(rr2)+c(-1,1)*z*se2))
