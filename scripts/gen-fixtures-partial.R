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
