p <- function(label, x) cat(sprintf("%-50s %s\n", label, paste(sprintf("%.17g", x), collapse=", ")))
set.seed(1)
ms <- list(
 matrix(c(3,0,2, 1,4,0, 0,1,5),3,byrow=TRUE),
 matrix(c(10,2,3,1, 2,8,1,4, 1,3,9,2),3,byrow=TRUE),
 matrix(c(20,15,10, 12,18,25, 8,14,9, 11,10,13),4,byrow=TRUE),
 matrix(c(5,5,5,5, 5,5,5,5),2,byrow=TRUE),
 matrix(c(1,2,0,3,4, 2,0,3,1,1, 0,2,2,0,3),3,byrow=TRUE),
 matrix(c(30,25,40,22,35, 28,33,21,39,30),2,byrow=TRUE)
)
for (m in ms) { cat(paste(apply(m,1,paste,collapse=","),collapse=" / "), "\n"); t0 <- Sys.time(); p("fisher.test(m, workspace=2e8)$p.value", fisher.test(m, workspace=2e8)$p.value); print(Sys.time()-t0) }
