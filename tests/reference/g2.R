p <- function(label, x) cat(sprintf("%-40s %s\n", label, paste(sprintf("%.17g", x), collapse=", ")))
for (m in list(matrix(c(32,13,31,29),2,byrow=TRUE), matrix(c(0,5,6,4),2,byrow=TRUE), matrix(c(8,12,5,10, 6,9,14,7, 11,4,6,13),3,byrow=TRUE))) {
 E <- outer(rowSums(m), colSums(m))/sum(m); nz <- m>0
 G2 <- 2*sum(m[nz]*log(m[nz]/E[nz])); p("2*sum(m*log(m/E)) [m>0]", G2); p(" p", pchisq(G2,(nrow(m)-1)*(ncol(m)-1),lower.tail=FALSE))
 p("loglm", MASS::loglm(~1+2, data=as.table(m))$lrt)
}
