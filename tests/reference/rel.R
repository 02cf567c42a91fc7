suppressMessages(library(psych))
p <- function(label, x) cat(sprintf("%-50s %s\n", label, paste(sprintf("%.17g", x), collapse=", ")))
d <- data.frame(
 i1=c(3,2,4,1,3,2,4,3,1,2),
 i2=c(4,2,4,2,3,3,3,NA,1,3),
 i3=c(3,3,4,1,2,2,4,3,2,3),
 i4=c(4,2,3,2,3,2,4,3,1,3),
 i5=c(3,1,4,2,3,3,4,2,2,2))
cc <- na.omit(d)
p("nrow(na.omit(d))", nrow(cc))
a <- psych::alpha(cc, warnings=FALSE)
p("psych::alpha(na.omit(d))$total$raw_alpha", a$total$raw_alpha)
p("  $total$std.alpha", a$total$std.alpha)
p("  $total$average_r", a$total$average_r)
p("  $total$mean (item mean of scale)", a$total$mean)
p("  $alpha.drop$raw_alpha", a$alpha.drop$raw_alpha)
p("  $item.stats$r.drop", a$item.stats$r.drop)
p("  $item.stats$raw.r", a$item.stats$raw.r)
p("  $item.stats$r.cor", a$item.stats$r.cor)
p("  $item.stats$mean", a$item.stats$mean)
p("  $item.stats$sd", a$item.stats$sd)
tot <- rowSums(cc)
p("scale mean if deleted: mean(tot)-colMeans(cc)", mean(tot) - colMeans(cc))
p("scale var if deleted: sapply(var(tot - cc[,i]))", sapply(1:5, function(i) var(tot - cc[,i])))
p("corrected r: sapply(cor(cc[,i], tot-cc[,i]))", sapply(1:5, function(i) cor(cc[,i], tot-cc[,i])))
p("uncorrected r: sapply(cor(cc[,i], tot))", sapply(1:5, function(i) cor(cc[,i], tot)))
C <- cov(cc); k <- 5
p("alpha by hand k/(k-1)*(1-sum(diag(C))/sum(C))", k/(k-1)*(1-sum(diag(C))/sum(C)))
p("var(tot), mean(tot)", c(var(tot), mean(tot)))
# zero-variance item data
z <- data.frame(i1=c(3,2,4,1,3,2), i2=c(3,3,3,3,3,3), i3=c(4,2,4,2,3,1))
C <- cov(z); k <- 3; tot <- rowSums(z)
p("zero-var: k/(k-1)*(1-sum(diag(cov(z)))/sum(cov(z)))", k/(k-1)*(1-sum(diag(C))/sum(C)))
p("zero-var: var(tot), mean(tot)", c(var(tot), mean(tot)))
p("zero-var: scale var if deleted", sapply(1:3, function(i) var(tot - z[,i])))
p("zero-var: corrected r items 1,3", sapply(c(1,3), function(i) cor(z[,i], tot-z[,i])))
p("zero-var: uncorrected r items 1,3", sapply(c(1,3), function(i) cor(z[,i], tot)))
ad <- function(zz) { C <- cov(zz); k <- ncol(zz); k/(k-1)*(1-sum(diag(C))/sum(C)) }
p("zero-var: alpha if deleted (by hand, cov formula)", sapply(1:3, function(i) ad(z[,-i])))
