# Reference values for tests/unit/test_power.c: power.t.test,
# power.prop.test and power.anova.test solving for each unknown, with
# uniroot's tolerance tightened to 1e-12, and the noncentral t and F
# distribution functions.  R's pt(ncp) (AS 243) and pf(ncp) are accurate to
# about 1e-12 and 1e-9 absolute only, so the references for those are
# computed more accurately here: pt by integrating over the normal
# numerator, pf as the Poisson mixture of pbeta upper tails; and
# power.anova.test (which has no tol argument) is solved with that pf.
# Prints C initializers; run: Rscript scripts/gen-fixtures-power.R
f <- function(v) sprintf("%.17g", v)
N <- "NAN"
arg <- function(x) if (is.null(x)) N else f(x)
tol <- 1e-12
tt <- list(
  list(n = NULL, delta = 1, sd = 2, sig.level = 0.05, power = 0.8, type = "two.sample", alt = "two.sided"),
  list(n = NULL, delta = 1, sd = 2, sig.level = 0.05, power = 0.8, type = "one.sample", alt = "two.sided"),
  list(n = NULL, delta = 1, sd = 2, sig.level = 0.05, power = 0.8, type = "paired", alt = "one.sided"),
  list(n = NULL, delta = 0.3, sd = 1, sig.level = 0.01, power = 0.95, type = "two.sample", alt = "two.sided"),
  list(n = 20, delta = NULL, sd = 2, sig.level = 0.05, power = 0.8, type = "two.sample", alt = "two.sided"),
  list(n = 20, delta = 1, sd = NULL, sig.level = 0.05, power = 0.8, type = "one.sample", alt = "one.sided"),
  list(n = 20, delta = 1, sd = 1, sig.level = NULL, power = 0.9, type = "two.sample", alt = "two.sided"),
  list(n = 20, delta = 1, sd = 2, sig.level = 0.05, power = NULL, type = "two.sample", alt = "two.sided"),
  list(n = 7, delta = 1.5, sd = 1.2, sig.level = 0.1, power = NULL, type = "paired", alt = "one.sided"))
types <- c(two.sample = "POWER_TWO_SAMPLE", one.sample = "POWER_ONE_SAMPLE", paired = "POWER_PAIRED")
for (strict in c(FALSE, TRUE)) for (a in tt) {
  if (strict && a$alt == "one.sided") next
  r <- power.t.test(n = a$n, delta = a$delta, sd = a$sd, sig.level = a$sig.level, power = a$power,
                    type = a$type, alternative = a$alt, strict = strict, tol = tol)
  cat(sprintf("\t{ POWER_T, %s, %d, %d, { %s, %s, %s, N, N, N, N, N, %s, %s }, { %s, %s, %s, N, N, N, N, N, %s, %s } },\t/* power.t.test(n = %s, delta = %s, sd = %s, sig.level = %s, power = %s, type = \"%s\", alternative = \"%s\", strict = %s, tol = 1e-12) */\n",
      types[a$type], as.integer(a$alt == "one.sided"), as.integer(strict),
      arg(a$n), arg(a$delta), if (is.null(a$sd)) N else f(a$sd), arg(a$sig.level), arg(a$power),
      f(r$n), f(r$delta), f(r$sd), f(r$sig.level), f(r$power),
      deparse(a$n), deparse(a$delta), deparse(a$sd), deparse(a$sig.level), deparse(a$power), a$type, a$alt, strict))
}
pp <- list(
  list(n = NULL, p1 = 0.5, p2 = 0.75, sig.level = 0.05, power = 0.9, alt = "two.sided"),
  list(n = NULL, p1 = 0.1, p2 = 0.15, sig.level = 0.01, power = 0.8, alt = "one.sided"),
  list(n = 50, p1 = NULL, p2 = 0.75, sig.level = 0.05, power = 0.9, alt = "two.sided"),
  list(n = 50, p1 = 0.5, p2 = NULL, sig.level = 0.05, power = 0.9, alt = "two.sided"),
  list(n = 50, p1 = 0.5, p2 = 0.75, sig.level = NULL, power = 0.8, alt = "two.sided"),
  list(n = 50, p1 = 0.5, p2 = 0.75, sig.level = 0.05, power = NULL, alt = "one.sided"))
for (strict in c(FALSE, TRUE)) for (a in pp) {
  if (strict && a$alt == "one.sided") next
  r <- power.prop.test(n = a$n, p1 = a$p1, p2 = a$p2, sig.level = a$sig.level, power = a$power,
                       alternative = a$alt, strict = strict, tol = tol)
  cat(sprintf("\t{ POWER_PROP, POWER_TWO_SAMPLE, %d, %d, { %s, N, N, %s, %s, N, N, N, %s, %s }, { %s, N, N, %s, %s, N, N, N, %s, %s } },\t/* power.prop.test(n = %s, p1 = %s, p2 = %s, sig.level = %s, power = %s, alternative = \"%s\", strict = %s, tol = 1e-12) */\n",
      as.integer(a$alt == "one.sided"), as.integer(strict),
      arg(a$n), arg(a$p1), arg(a$p2), arg(a$sig.level), arg(a$power),
      f(r$n), f(r$p1), f(r$p2), f(r$sig.level), f(r$power),
      deparse(a$n), deparse(a$p1), deparse(a$p2), deparse(a$sig.level), deparse(a$power), a$alt, strict))
}
# P(F > f) of the noncentral F: Poisson(ncp/2) mixture of beta upper tails
pfq <- function(f, df1, df2, ncp) {
  lam <- ncp / 2
  x <- df1 * f / (df1 * f + df2)
  j <- max(0, floor(lam - 40 * sqrt(lam) - 100)):ceiling(lam + 40 * sqrt(lam) + 100)
  sum(dpois(j, ncp / 2) * pbeta(x, df1 / 2 + j, df2 / 2, lower.tail = FALSE))
}
# P(T <= t) of the noncentral t, integrating over Z in T = (Z + d) / sqrt(V / df)
ptq <- function(t, df, d) {
  if (t >= 0)
    pnorm(-d) + integrate(function(z) dnorm(z) * pchisq(df * ((z + d) / t)^2, df, lower.tail = FALSE),
                          -d, Inf, rel.tol = 1e-13)$value
  else
    integrate(function(z) dnorm(z) * pchisq(df * ((z + d) / t)^2, df), -Inf, -d, rel.tol = 1e-13)$value
}
# power.anova.test's body, solved with uniroot at tol 1e-12 on R's intervals
anova <- function(groups = NULL, n = NULL, between.var = NULL, within.var = NULL, sig.level = 0.05, power = NULL) {
  pw <- function(groups, n, between.var, within.var, sig.level) {
    lambda <- (groups - 1) * n * (between.var / within.var)
    pfq(qf(sig.level, groups - 1, (n - 1) * groups, lower.tail = FALSE), groups - 1, (n - 1) * groups, lambda)
  }
  u <- function(g, int) uniroot(function(x) g(x) - power, int, tol = tol)$root
  if (is.null(power)) power <- pw(groups, n, between.var, within.var, sig.level)
  else if (is.null(groups)) groups <- u(function(x) pw(x, n, between.var, within.var, sig.level), c(2, 100))
  else if (is.null(n)) n <- u(function(x) pw(groups, x, between.var, within.var, sig.level), c(2, 1e5))
  else if (is.null(within.var)) within.var <- u(function(x) pw(groups, n, between.var, x, sig.level), between.var * c(1e-7, 1e7))
  else if (is.null(between.var)) between.var <- u(function(x) pw(groups, n, x, within.var, sig.level), within.var * c(1e-7, 1e7))
  else sig.level <- u(function(x) pw(groups, n, between.var, within.var, x), c(1e-10, 1 - 1e-10))
  list(groups = groups, n = n, between.var = between.var, within.var = within.var, sig.level = sig.level, power = power)
}
aa <- list(
  list(groups = 4, n = NULL, between.var = 1, within.var = 3, sig.level = 0.05, power = 0.8),
  list(groups = NULL, n = 12, between.var = 1, within.var = 3, sig.level = 0.05, power = 0.8),
  list(groups = 4, n = 12, between.var = NULL, within.var = 3, sig.level = 0.05, power = 0.8),
  list(groups = 4, n = 12, between.var = 1, within.var = NULL, sig.level = 0.05, power = 0.8),
  list(groups = 4, n = 12, between.var = 1, within.var = 3, sig.level = NULL, power = 0.9),
  list(groups = 4, n = 12, between.var = 1, within.var = 3, sig.level = 0.05, power = NULL),
  list(groups = 3, n = 5, between.var = 2, within.var = 7, sig.level = 0.01, power = NULL))
for (a in aa) {
  r <- do.call(anova, a)
  cat(sprintf("\t{ POWER_ANOVA, POWER_TWO_SAMPLE, 0, 0, { %s, N, N, N, N, %s, %s, %s, %s, %s }, { %s, N, N, N, N, %s, %s, %s, %s, %s } },\t/* power.anova.test(groups = %s, n = %s, between.var = %s, within.var = %s, sig.level = %s, power = %s), tol 1e-12, accurate pf */\n",
      arg(a$n), arg(a$groups), arg(a$between.var), arg(a$within.var), arg(a$sig.level), arg(a$power),
      f(r$n), f(r$groups), f(r$between.var), f(r$within.var), f(r$sig.level), f(r$power),
      deparse(a$groups), deparse(a$n), deparse(a$between.var), deparse(a$within.var), deparse(a$sig.level), deparse(a$power)))
}
cat("----\n")
for (a in list(c(1.5, 10, 2), c(-1, 5, 0.5), c(2.1, 38, 2.7), c(0, 3, -1), c(4, 20, 8), c(-3, 7, -2.5), c(2, 30, 3.5))) {
  cat(sprintf("\t{ %s, %s, %s, %s },\t/* pt(%s, %s, ncp = %s) = %s */\n", f(a[1]), f(a[2]), f(a[3]), f(ptq(a[1], a[2], a[3])), a[1], a[2], a[3], f(pt(a[1], a[2], a[3]))))
}
cat("----\n")
for (a in list(c(2.6, 3, 44, 16), c(1, 2, 10, 0.5), c(4, 5, 30, 20), c(3.2, 3, 500, 60))) {
  cat(sprintf("\t{ %s, %s, %s, %s, %s },\t/* pf(%s, %s, %s, ncp = %s, lower.tail = FALSE) = %s */\n", f(a[1]), f(a[2]), f(a[3]), f(a[4]), f(pfq(a[1], a[2], a[3], a[4])), a[1], a[2], a[3], a[4], f(pf(a[1], a[2], a[3], a[4], lower.tail = FALSE))))
}
