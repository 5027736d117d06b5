# Reference values for tests/unit/test_normtest.c: shapiro.test,
# nortest::ad.test, nortest::lillie.test, tseries::jarque.bera.test and
# fBasics::dagoTest (D'Agostino-Pearson K^2; D'Agostino, Belanger and
# D'Agostino 1990) on columns of testdata/, the first `n` non-missing
# values (0: all).  jarque.bera.test and dagoTest compute their p-values
# as 1 - pchisq, which is 0 below 1e-16; the p-value here is the upper
# tail, as statpipe computes it (the comment gives the packages' value).  dagoTest wants n >= 20;
# below that, and where dagoTest returns NaN (it takes t^(1/3) of a
# negative t; statpipe, like scipy's normaltest, takes the real cube root),
# the K^2 formula is evaluated here (k2f, checked against dagoTest
# elsewhere).
# Prints C initializers:
#   { "FILE", "COLUMN", n, METHOD, statistic, p_value },	/* R call */
# Run: Rscript scripts/gen-fixtures-normtest.R
#   (needs r-cran-nortest, r-cran-tseries and r-cran-fbasics)
suppressMessages({library(nortest); library(tseries); library(fBasics)})
jb <- function(x) {
  r <- jarque.bera.test(x)
  list(statistic = r$statistic, p.value = pchisq(r$statistic, 2, lower.tail = FALSE),
       note = sprintf("; tseries p %s", sprintf("%.17g", r$p.value)))
}
k2f <- function(x) {	# D'Agostino, Belanger and D'Agostino (1990)
  n <- length(x); m <- mean(x)
  m2 <- sum((x - m)^2) / n; m3 <- sum((x - m)^3) / n; m4 <- sum((x - m)^4) / n
  b1 <- m3 / m2^1.5; b2 <- m4 / m2^2
  Y <- b1 * sqrt((n + 1) * (n + 3) / (6 * (n - 2)))
  B2 <- 3 * (n^2 + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2) * (n + 5) * (n + 7) * (n + 9))
  W2 <- -1 + sqrt(2 * (B2 - 1)); delta <- 1 / sqrt(log(sqrt(W2))); alpha <- sqrt(2 / (W2 - 1))
  zs <- delta * log(Y / alpha + sqrt((Y / alpha)^2 + 1))
  E <- 3 * (n - 1) / (n + 1)
  V <- 24 * n * (n - 2) * (n - 3) / ((n + 1)^2 * (n + 3) * (n + 5))
  z <- (b2 - E) / sqrt(V)
  sb <- 6 * (n^2 - 5 * n + 2) / ((n + 7) * (n + 9)) * sqrt(6 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3)))
  A <- 6 + 8 / sb * (2 / sb + sqrt(1 + 4 / sb^2))
  t <- (1 - 2 / A) / (1 + z * sqrt(2 / (A - 4)))
  zk <- ((1 - 2 / (9 * A)) - sign(t) * abs(t)^(1 / 3)) / sqrt(2 / (9 * A))
  s <- zs^2 + zk^2
  list(statistic = s, p.value = pchisq(s, 2, lower.tail = FALSE))
}
k2 <- function(x) {
  r <- k2f(x)
  if (length(x) < 20) return(c(r, note = "; K^2 formula, n < 20"))
  d <- dagoTest(x)@test
  if (is.nan(d$statistic[[1]]))	# fBasics takes t^(1/3) of a negative t
    return(c(r, note = "; dagoTest NaN: cube root of a negative, taken real here as scipy"))
  stopifnot(abs(d$statistic[[1]] - r$statistic) <= 1e-12 * r$statistic)
  list(statistic = d$statistic[[1]], p.value = pchisq(d$statistic[[1]], 2, lower.tail = FALSE),
       note = sprintf("; fBasics p %s", sprintf("%.17g", d$p.value[[1]])))
}
cases <- list(
  c("faithful.csv", "eruptions", 0), c("faithful.csv", "waiting", 0),
  c("mtcars.csv", "mpg", 0), c("mtcars.csv", "hp", 0), c("mtcars.csv", "qsec", 0),
  c("iris.csv", "Sepal.Width", 0), c("airquality.csv", "Ozone", 0),
  c("PlantGrowth.csv", "weight", 0), c("precip.csv", "precip", 0),
  c("rivers.csv", "length", 0),
  c("mtcars.csv", "mpg", 3), c("mtcars.csv", "wt", 4), c("mtcars.csv", "drat", 5),
  c("mtcars.csv", "mpg", 7), c("mtcars.csv", "disp", 11), c("cars.csv", "dist", 12),
  c("mtcars.csv", "wt", 8), c("mtcars.csv", "qsec", 20)
)
f <- function(v) sprintf("%.17g", v)
for (cs in cases) {
  d <- read.csv(file.path("testdata", cs[1]))
  x <- d[[cs[2]]]; x <- x[!is.na(x)]
  n <- as.integer(cs[3]); if (n > 0) x <- x[1:n]
  src <- sprintf("%s$%s%s", sub(".csv", "", cs[1]), cs[2], if (n > 0) sprintf("[1:%d]", n) else "")
  tests <- list(
    list("NORMTEST_SHAPIRO", "shapiro.test", shapiro.test, 3),
    list("NORMTEST_DAGOSTINO", "fBasics::dagoTest", k2, 8),
    list("NORMTEST_JB", "tseries::jarque.bera.test", jb, 2),
    list("NORMTEST_AD", "ad.test", ad.test, 8),
    list("NORMTEST_LILLIE", "lillie.test", lillie.test, 5))
  for (t in tests) {
    if (length(x) < t[[4]]) next
    r <- t[[3]](x)
    cat(sprintf("\t{ \"%s\", \"%s\", %d, %s, %s, %s },\t/* %s(%s)%s */\n",
        cs[1], cs[2], n, t[[1]], f(unname(r$statistic)), f(r$p.value), t[[2]], src,
        if (is.null(r$note)) "" else r$note))
  }
}
