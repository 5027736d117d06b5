# Reference values for tests/unit/test_fit.c: maximum-likelihood fits as
# MASS::fitdistr, on columns of testdata/.  Closed-form families come from
# fitdistr itself.  fitdistr's optimiser stops short of the maximum (BFGS,
# reltol 1e-8: a few parts in a million for the gamma and the Weibull), so
# the iterative families are solved here to full precision: the gamma's
# and the Weibull's score equations with uniroot (tol 1e-15), the beta and
# the negative binomial with fitdistr at reltol 1e-15 then Newton steps on
# the score; standard errors from the analytic information (gamma, beta,
# negative binomial: expected = observed at the MLE) or optimHess.
# fitdistr's default estimates are printed in the comments.
# Prints C initializers; run: Rscript scripts/gen-fixtures-fit.R
suppressMessages(library(MASS))
f <- function(v) sprintf("%.17g", v)
col <- function(file, name) { x <- read.csv(file.path("testdata", file))[[name]]; x[!is.na(x)] }
emit <- function(file, name, dist, est, se, ll, note) {
  cat(sprintf("\t{ \"%s\", \"%s\", \"%s\", { %s }, { %s }, %s },\t/* %s */\n", file, name, dist,
      paste(f(est), collapse = ", "), paste(f(se), collapse = ", "), f(ll), note))
}
fd <- function(x, d, ...) tryCatch(suppressWarnings(fitdistr(x, d, ...)),
                                  error = function(e) list(estimate = conditionMessage(e)))
shown <- function(r) if (is.numeric(r$estimate)) paste(f(r$estimate), collapse = ", ") else r$estimate
closed <- c(norm = "normal", lnorm = "lognormal", exp = "exponential", pois = "Poisson", geom = "geometric")
cases <- list(
  c("faithful.csv", "eruptions", "norm"), c("faithful.csv", "eruptions", "lnorm"),
  c("faithful.csv", "eruptions", "exp"), c("faithful.csv", "eruptions", "gamma"),
  c("faithful.csv", "eruptions", "weibull"), c("faithful.csv", "waiting", "gamma"),
  c("rivers.csv", "length", "lnorm"), c("rivers.csv", "length", "gamma"),
  c("rivers.csv", "length", "weibull"), c("rivers.csv", "length", "exp"),
  c("precip.csv", "precip", "norm"), c("precip.csv", "precip", "gamma"),
  c("precip.csv", "precip", "weibull"), c("proportions.csv", "p", "beta"),
  c("mtcars.csv", "wt", "beta.scaled"),
  c("InsectSprays.csv", "count", "pois"), c("InsectSprays.csv", "count", "geom"),
  c("InsectSprays.csv", "count", "nbinom"), c("warpbreaks.csv", "breaks", "pois"),
  c("warpbreaks.csv", "breaks", "nbinom"), c("warpbreaks.csv", "breaks", "geom"))
for (cs in cases) {
  x <- col(cs[1], cs[2]); d <- cs[3]; n <- length(x)
  if (d == "beta.scaled") next
  if (d %in% names(closed)) {
    r <- fd(x, closed[[d]])
    emit(cs[1], cs[2], d, r$estimate, r$sd, r$loglik, sprintf("fitdistr(%s, \"%s\")", cs[2], closed[[d]]))
  } else if (d == "gamma") {
    s <- log(mean(x)) - mean(log(x))
    a <- uniroot(function(a) log(a) - digamma(a) - s, c(1e-3, 1e4), tol = 1e-15)$root
    b <- a / mean(x)
    se <- sqrt(diag(solve(n * matrix(c(trigamma(a), -1 / b, -1 / b, a / b^2), 2))))
    r0 <- fd(x, "gamma")
    emit(cs[1], cs[2], d, c(a, b), se, sum(dgamma(x, a, b, log = TRUE)),
         sprintf("fitdistr(%s, \"gamma\"): %s", cs[2], shown(r0)))
  } else if (d == "weibull") {
    ly <- log(x)
    g <- function(k) 1 / k + mean(ly) - sum(x^k * ly) / sum(x^k)
    k <- uniroot(g, c(0.05, 50), tol = 1e-15)$root
    lam <- mean(x^k)^(1 / k)
    nll <- function(p) -sum(dweibull(x, p[1], p[2], log = TRUE))
    se <- sqrt(diag(solve(optimHess(c(k, lam), nll, control = list(ndeps = c(1e-5, 1e-5) * c(k, lam))))))
    r0 <- fd(x, "weibull")
    emit(cs[1], cs[2], d, c(k, lam), se, -nll(c(k, lam)),
         sprintf("fitdistr(%s, \"weibull\"): %s", cs[2], shown(r0)))
  } else if (d == "beta") {
    m <- mean(x); v <- var(x); cc <- m * (1 - m) / v - 1
    r0 <- fd(x, "beta", start = list(shape1 = m * cc, shape2 = (1 - m) * cc))
    p <- r0$estimate
    for (i in 1:20) {	# Newton on the score
      sc <- c(mean(log(x)) - digamma(p[1]) + digamma(sum(p)), mean(log1p(-x)) - digamma(p[2]) + digamma(sum(p)))
      J <- matrix(c(-trigamma(p[1]) + trigamma(sum(p)), trigamma(sum(p)), trigamma(sum(p)), -trigamma(p[2]) + trigamma(sum(p))), 2)
      p <- p - solve(J, sc)
    }
    I <- n * matrix(c(trigamma(p[1]) - trigamma(sum(p)), -trigamma(sum(p)), -trigamma(sum(p)), trigamma(p[2]) - trigamma(sum(p))), 2)
    emit(cs[1], cs[2], d, p, sqrt(diag(solve(I))), sum(dbeta(x, p[1], p[2], log = TRUE)),
         sprintf("fitdistr(%s, \"beta\", start = moments): %s", cs[2], shown(r0)))
  } else if (d == "nbinom") {
    r0 <- fd(x, "negative binomial")
    mu <- mean(x)
    h <- function(r) sum(digamma(x + r)) - n * digamma(r) + n * log(r / (r + mu))
    r <- uniroot(h, c(1e-3, 1e4), tol = 1e-15)$root
    se <- c(1 / sqrt(-(sum(trigamma(x + r)) - n * trigamma(r) + n / r - n / (r + mu))), sqrt(mu * (r + mu) / (n * r)))
    emit(cs[1], cs[2], d, c(r, mu), se, sum(dnbinom(x, size = r, mu = mu, log = TRUE)),
         sprintf("fitdistr(%s, \"negative binomial\"): %s", cs[2], shown(r0)))
  }
}
