# Reference values for tests/unit/test_kstest.c: R's ks.test, one sample
# against a distribution and two samples, exact and asymptotic, on rows
# a..b (1-based, inclusive) of columns of testdata/.
# Prints C initializers; run: Rscript scripts/gen-fixtures-kstest.R
f <- function(v) sprintf("%.17g", v)
alts <- c(two.sided = "KSTEST_TWO_SIDED", less = "KSTEST_LESS", greater = "KSTEST_GREATER")
exs <- function(e) if (is.null(e)) "KSTEST_AUTO" else if (e) "KSTEST_EXACT" else "KSTEST_ASYMPTOTIC"
col <- function(file, name, a, b) read.csv(file.path("testdata", file))[[name]][a:b]
one <- list(
  list("faithful.csv", "eruptions", 1, 272, "norm", c(3.5, 1.1), NULL),
  list("faithful.csv", "eruptions", 1, 40, "norm", c(3.5, 1.1), NULL),
  list("mtcars.csv", "mpg", 1, 32, "norm", c(20, 6), NULL),
  list("mtcars.csv", "mpg", 1, 32, "norm", c(20, 6), TRUE),
  list("mtcars.csv", "qsec", 1, 12, "norm", c(18, 1.5), NULL),
  list("rivers.csv", "length", 1, 141, "exp", c(1 / 591), NULL),
  list("precip.csv", "precip", 1, 70, "gamma", c(6, 0.17), FALSE),
  list("precip.csv", "precip", 1, 60, "gamma", c(6, 0.17), TRUE),
  list("PlantGrowth.csv", "weight", 1, 30, "unif", c(3, 7), NULL),
  list("precip.csv", "precip", 1, 20, "gamma", c(6, 0.17), NULL)
)
for (cs in one) {
  x <- col(cs[[1]], cs[[2]], cs[[3]], cs[[4]])
  for (a in names(alts)) {
    r <- suppressWarnings(do.call(ks.test, c(list(x, paste0("p", cs[[5]])),
      as.list(cs[[6]]), list(alternative = a, exact = cs[[7]]))))
    cat(sprintf("\t{ \"%s\", \"%s\", %d, %d, \"%s\", { %s }, %s, %s, %s, %s, %d },\t/* ks.test(%s[%d:%d], \"p%s\", %s, alternative = \"%s\"%s) */\n",
      cs[[1]], cs[[2]], cs[[3]], cs[[4]], cs[[5]], paste(f(cs[[6]]), collapse = ", "),
      alts[a], exs(cs[[7]]), f(unname(r$statistic)), f(r$p.value), as.integer(r$exact),
      cs[[2]], cs[[3]], cs[[4]], cs[[5]], paste(f(cs[[6]]), collapse = ", "), a,
      if (is.null(cs[[7]])) "" else sprintf(", exact = %s", cs[[7]])))
  }
}
cat("----\n")
two <- list(
  list("ToothGrowth.csv", "len", 1, 30, "len", 31, 60, NULL),
  list("mtcars.csv", "mpg", 1, 32, "qsec", 1, 32, NULL),
  list("mtcars.csv", "wt", 1, 10, "drat", 1, 12, NULL),
  list("iris.csv", "Sepal.Length", 1, 50, "Sepal.Length", 51, 100, NULL),
  list("iris.csv", "Petal.Width", 51, 100, "Petal.Width", 101, 150, FALSE),
  list("faithful.csv", "eruptions", 1, 150, "eruptions", 151, 272, NULL),
  list("cars.csv", "speed", 1, 25, "speed", 26, 50, NULL)
)
for (cs in two) {
  x <- col(cs[[1]], cs[[2]], cs[[3]], cs[[4]])
  y <- col(cs[[1]], cs[[5]], cs[[6]], cs[[7]])
  for (a in names(alts)) {
    r <- suppressWarnings(ks.test(x, y, alternative = a, exact = cs[[8]]))
    cat(sprintf("\t{ \"%s\", \"%s\", %d, %d, \"%s\", %d, %d, %s, %s, %s, %s, %d },\t/* ks.test(%s[%d:%d], %s[%d:%d], alternative = \"%s\"%s) */\n",
      cs[[1]], cs[[2]], cs[[3]], cs[[4]], cs[[5]], cs[[6]], cs[[7]],
      alts[a], exs(cs[[8]]), f(unname(r$statistic)), f(r$p.value), as.integer(r$exact),
      cs[[2]], cs[[3]], cs[[4]], cs[[5]], cs[[6]], cs[[7]], a,
      if (is.null(cs[[8]])) "" else sprintf(", exact = %s", cs[[8]])))
  }
}
