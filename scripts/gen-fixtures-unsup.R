#!/usr/bin/env Rscript
# The reference numbers of plot's learner kinds (tests/cli/t6550-plot-ml.sh)
# and of kmeans with an empty cluster (tests/cli/t6570-kmeans-empty.sh),
# from R: run from the repository root and compare with the goldens.
#   biplot: R's biplot.prcomp (scale = 1) and biplot.default's ranges, with
#           statpipe's sign rule applied to prcomp (in each component the
#           loading of largest absolute value positive)
#   roc:    the AUC (Mann-Whitney, ties one half) and the curve's points
iris <- read.csv("testdata/iris.csv")
p <- prcomp(iris[, 1:4], scale. = TRUE)
for (k in seq_len(ncol(p$rotation))) {
	s <- sign(p$rotation[which.max(abs(p$rotation[, k])), k])
	p$rotation[, k] <- s * p$rotation[, k]
	p$x[, k] <- s * p$x[, k]
}
lam <- p$sdev[1:2] * sqrt(nrow(p$x))
x <- t(t(p$x[, 1:2]) / lam)
y <- t(t(p$rotation[, 1:2]) * lam)
ur <- function(v) c(-abs(min(v)), abs(max(v)))
lim <- range(ur(x[, 1]), ur(x[, 2]))
ratio <- max(ur(y[, 1]) / lim, ur(y[, 2]) / lim)
cat("biplot xrange/yrange:", format(lim, digits = 10), "\n")
cat("biplot x2range/y2range:", format(lim * ratio, digits = 10), "\n")
cat("biplot first points (biplot.out $data):\n")
print(head(x, 3), digits = 15)
cat("biplot arrows (biplot.out $vars):\n")
print(y, digits = 15)

d <- read.csv("testdata/metrics-bin.csv")
auc <- function(s, pos) {
	r <- rank(s); n1 <- sum(pos); n0 <- sum(!pos)
	(sum(r[pos]) - n1 * (n1 + 1) / 2) / (n1 * n0)
}
cat("roc AUC prob_yes (positive yes):", format(auc(d$prob_yes, d$truth == "yes"), digits = 7), "\n")
cat("roc AUC prob_no (positive yes):", format(auc(d$prob_no, d$truth == "yes"), digits = 7), "\n")
cat("roc AUC prob_no (positive no):", format(auc(d$prob_no, d$truth == "no"), digits = 7), "\n")
# the curve: (FPR, TPR) after each distinct score, from the largest down
s <- d$prob_yes; pos <- d$truth == "yes"
th <- sort(unique(s), decreasing = TRUE)
pts <- rbind(c(0, 0), t(sapply(th, function(t) c(sum(s >= t & !pos) / sum(!pos), sum(s >= t & pos) / sum(pos)))))
cat("roc points of prob_yes: ", nrow(pts), ", the 10th: ", paste(format(pts[10, ], digits = 15), collapse = " "), "\n", sep = "")

# kmeans from centres that leave one cluster empty: Lloyd and MacQueen warn
# and return NaN as its centre (size 0, withinss 0); Hartigan-Wong stops
x <- iris[, 1:4]
far <- as.matrix(read.csv("testdata/iris-far-centers.csv"))
for (a in c("Lloyd", "MacQueen")) {
	k <- suppressWarnings(kmeans(x, far, algorithm = a))
	cat(a, "size:", k$size, "\n")
	print(k$centers, digits = 15)
	cat(a, "withinss:", format(k$withinss, digits = 15), "\n")
	cat(a, "tot.withinss, betweenss, totss:",
	    format(c(k$tot.withinss, k$betweenss, k$totss), digits = 15), "\n")
}
print(tryCatch(kmeans(x, far), error = conditionMessage))
