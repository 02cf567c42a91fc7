c1 <- 6037; c2 <- 6257; c3 <- 6477; r1 <- 3000+3110+3220; N <- c1+c2+c3
lobs <- lchoose(c1,3000)+lchoose(c2,3110)+lchoose(c3,3220)-lchoose(N,r1)
p <- 0; tot <- 0
x2 <- 0:c2
for (x1 in 0:c1) { x3 <- r1 - x1 - x2; ok <- x3 >= 0 & x3 <= c3; if (!any(ok)) next
  l <- lchoose(c1,x1)+lchoose(c2,x2[ok])+lchoose(c3,x3[ok])-lchoose(N,r1)
  e <- exp(l); tot <- tot + sum(e); p <- p + sum(e[l <= lobs + log(1+1e-7)]) }
cat(sprintf("%.17g %.17g\n", p, tot))
