# Reference values of the --partial tests (t9100-t9149) by R:
#   Rscript scripts/gen-fixtures-partial.R
# t9110: glm(binomial) coefficients, converged far past R's default test.
d <- read.csv("testdata/mtcars.csv")
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
out <- function(f, file) {
	m <- glm(f, binomial, d, control = ctl)
	write.csv(data.frame(term = names(coef(m)),
	    estimate = sprintf("%.17g", coef(m)),
	    std_error = sprintf("%.17g", sqrt(diag(vcov(m))))),
	    file, row.names = FALSE, quote = FALSE)
}
out(am ~ wt + hp, "tests/cli/expect/t9110/r-am.csv")
out(vs ~ mpg + drat, "tests/cli/expect/t9110/r-vs.csv")
# t9130: Lloyd's k-means from the given centres, run to convergence.
iris <- read.csv("testdata/iris.csv")
lloyd <- function(x, centers, file) {
	k <- kmeans(x, centers, iter.max = 100, algorithm = "Lloyd")
	out <- data.frame(cluster = seq_len(nrow(k$centers)), size = k$size,
	    withinss = sprintf("%.17g", k$withinss))
	for (j in colnames(k$centers))
		out[[j]] <- sprintf("%.17g", k$centers[, j])
	write.csv(out, file, row.names = FALSE, quote = FALSE)
	cat("iterations", k$iter, "\n")
}
lloyd(iris[, 1:4], read.csv("testdata/iris-centers.csv"),
    "tests/cli/expect/t9130/r-iris.csv")
lloyd(iris[, 1:4], read.csv("testdata/iris-far-centers.csv"),
    "tests/cli/expect/t9130/r-iris-far.csv")
# tests/unit/test_partial.c: lm(dist ~ speed, cars) and its weighted form.
cars <- read.csv("testdata/cars.csv")
m <- lm(dist ~ speed, cars)
mw <- lm(dist ~ speed, cars, weights = speed)
v <- function(name, x)
	sprintf("static const double %s[] = { %s };", name,
	    paste(sprintf("%.17g", x), collapse = ", "))
writeLines(c("/* made by scripts/gen-fixtures-partial.R */",
    v("cars_coef", coef(m)), v("cars_se", sqrt(diag(vcov(m)))),
    v("cars_r2", summary(m)$r.squared),
    v("cars_w_coef", coef(mw)), v("cars_w_se", sqrt(diag(vcov(mw)))),
    v("cars_w_loglik", logLik(mw))),
    "tests/unit/fixtures/partial.inc")
