# Reference values for tests/unit/test_dist.c: R's d/p/q functions at
# several points per distribution, including far tails, and q with
# lower.tail = FALSE.
# Prints one C initializer per value:
#   { "NAME", { par... }, DIST_FN, x, value },	/* R call */
# Run: Rscript scripts/gen-fixtures-dist.R
cases <- list(
  list("norm", c(mean = 0, sd = 1), c(-1.96, 0, 1.5, 8, 30), c(1e-300, 1e-20, 0.025, 0.5, 0.975, 1 - 1e-12)),
  list("norm", c(mean = 10, sd = 3), c(-5, 9, 12.5, 40), c(0.001, 0.3, 0.9)),
  list("t", c(df = 5), c(-3, 0.5, 2.571, 40), c(1e-10, 0.05, 0.5, 0.975, 0.9999)),
  list("t", c(df = 0.7), c(-2, 3), c(0.1, 0.8)),
  list("chisq", c(df = 3), c(0.01, 1, 7.81, 100), c(1e-8, 0.05, 0.5, 0.95, 0.999999)),
  list("f", c(df1 = 4, df2 = 12), c(0.2, 1, 3.26, 50), c(0.01, 0.5, 0.95, 0.9999)),
  list("exp", c(rate = 2.5), c(0.1, 1, 20), c(1e-9, 0.5, 0.99)),
  list("gamma", c(shape = 2.5, rate = 0.5), c(0.3, 5, 60), c(1e-6, 0.25, 0.5, 0.999)),
  list("gamma", c(shape = 0.3, rate = 4), c(1e-5, 0.2, 3), c(0.01, 0.5, 0.9)),
  list("beta", c(shape1 = 2, shape2 = 5), c(0.001, 0.2, 0.6, 0.999), c(0.001, 0.5, 0.99)),
  list("beta", c(shape1 = 0.5, shape2 = 0.5), c(0.01, 0.5, 0.97), c(0.1, 0.5, 0.95)),
  list("lnorm", c(meanlog = 1, sdlog = 0.5), c(0.5, 2.7, 40), c(0.01, 0.5, 0.99)),
  list("weibull", c(shape = 1.5, scale = 3), c(0.1, 2, 25), c(1e-6, 0.5, 0.9)),
  list("unif", c(min = -1, max = 3), c(-2, 0, 2.5, 3), c(0, 0.25, 1)),
  list("cauchy", c(location = 1, scale = 2), c(-50, 1, 4), c(0.01, 0.5, 0.9)),
  list("logis", c(location = 2, scale = 0.5), c(-20, 2, 3.5), c(0.001, 0.5, 0.7)),
  list("binom", c(size = 20, prob = 0.3), c(0, 3, 6, 15, 20), c(0.001, 0.5, 0.95, 0.9999)),
  list("pois", c(lambda = 4.5), c(0, 2, 4, 20), c(0.01, 0.5, 0.99)),
  list("pois", c(lambda = 200), c(150, 200, 290), c(0.05, 0.5, 0.999)),
  list("geom", c(prob = 0.2), c(0, 3, 40), c(0.1, 0.5, 0.99)),
  list("nbinom", c(size = 3, prob = 0.4), c(0, 4, 30), c(0.05, 0.5, 0.95)),
  list("nbinom", c(size = 2.5, prob = 0.7), c(1, 9), c(0.3, 0.9)),
  list("hyper", c(m = 10, n = 7, k = 8), c(1, 3, 5, 8), c(0.05, 0.5, 0.95)),
  # below the support, and parameters where GSL's inverses fail
  list("weibull", c(shape = 2, scale = 1), c(-1, 0), c(0.3)),
  list("f", c(df1 = 3, df2 = 5), c(-1, 0), c(0.3)),
  list("lnorm", c(meanlog = 0, sdlog = 1), c(-1, 0), c(0.3)),
  list("chisq", c(df = 1e6), c(-1, 1e6), c(0.025, 0.975)),
  list("gamma", c(shape = 1e6, rate = 1), c(999000), c(1e-10, 0.975)),
  list("f", c(df1 = 3, df2 = 399996), c(2.6), c(0.95, 0.999)),
  # densities at 0, where GSL gives 0 or NaN for infinite or finite values
  list("gamma", c(shape = 0.5, rate = 1), c(0), NULL),
  list("gamma", c(shape = 1, rate = 3), c(0), NULL),
  list("weibull", c(shape = 0.5, scale = 1), c(0), NULL),
  list("weibull", c(shape = 1, scale = 4), c(0), NULL),
  list("f", c(df1 = 1, df2 = 3), c(0), NULL),
  list("f", c(df1 = 2, df2 = 3), c(0), NULL),
  list("chisq", c(df = 1.5), c(0), NULL)
)
fmt <- function(v) ifelse(is.infinite(v), ifelse(v > 0, "INFINITY", "-INFINITY"), sprintf("%.17g", v))
for (cs in cases) {
  name <- cs[[1]]; par <- cs[[2]]
  pl <- paste(fmt(par), collapse = ", ")
  ps <- paste(names(par), "=", par, collapse = ", ")
  for (x in cs[[3]]) {
    for (fn in c("d", "p", "q")) {
      f <- get(paste0(fn, name))
      if (fn == "d") { v <- do.call(f, c(list(x), as.list(par))); k <- "DIST_PDF"; call <- sprintf("d%s(%s, %s)", name, fmt(x), ps) }
      if (fn == "p") { v <- do.call(f, c(list(x), as.list(par))); k <- "DIST_CDF"; call <- sprintf("p%s(%s, %s)", name, fmt(x), ps) }
      if (fn == "q") { v <- do.call(get(paste0("p", name)), c(list(x), as.list(par), lower.tail = FALSE)); k <- "DIST_SF"; call <- sprintf("p%s(%s, %s, lower.tail = FALSE)", name, fmt(x), ps) }
      cat(sprintf("\t{ \"%s\", { %s }, %s, %s, %s },\t/* %s */\n", name, pl, k, fmt(x), fmt(v), call))
    }
  }
  for (p in cs[[4]]) {
    v <- do.call(get(paste0("q", name)), c(list(p), as.list(par)))
    cat(sprintf("\t{ \"%s\", { %s }, DIST_QUANTILE, %s, %s },\t/* q%s(%s, %s) */\n", name, pl, fmt(p), fmt(v), name, fmt(p), ps))
    v <- do.call(get(paste0("q", name)), c(list(p), as.list(par), lower.tail = FALSE))
    cat(sprintf("\t{ \"%s\", { %s }, DIST_ISF, %s, %s },\t/* q%s(%s, %s, lower.tail = FALSE) */\n", name, pl, fmt(p), fmt(v), name, fmt(p), ps))
  }
}
