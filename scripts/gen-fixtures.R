#!/usr/bin/env Rscript
# Compute in R the expected results of `statpipe describe -s all` and of
# `statpipe groupby` and write them to tests/ref/expect/.
#
#   Rscript scripts/gen-fixtures.R            (from the repository root)
#
# Reads the data from testdata/ (written by scripts/gen-testdata.R), so the
# fixtures are computed from exactly the bytes statpipe reads. Numbers are
# written with 17 significant digits; an undefined value is an empty field.
# tests/ref/run.sh runs statpipe on the same data and compares.

out <- file.path("tests", "ref", "expect")
if (!dir.exists("testdata")) stop("run from the repository root (no testdata/ here)")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

na_strings <- c("", "NA", "N/A", "NaN", "null")
rd <- function(path) read.csv(path, na.strings = na_strings, check.names = FALSE,
                              stringsAsFactors = FALSE, colClasses = "character")
num <- function(v) as.numeric(v)

# ---- the statistics, as /tmp/spec.md defines them (missing values left out) ----

q7 <- function(x, p) if (length(x)) quantile(x, p, type = 7, names = FALSE) else NA_real_

# population central moments m2, m3, m4: two passes around the mean, then
# corrected for the rounding of the mean (s = mean of the deviations), so that
# skewness and kurtosis are good to ~1e-14 where the data allow it.
cmoms <- function(x) {
  d <- x - mean(x)
  s <- mean(d)
  a2 <- mean(d^2); a3 <- mean(d^3); a4 <- mean(d^4)
  c(m2 = a2 - s^2,
    m3 = a3 - 3 * s * a2 + 2 * s^3,
    m4 = a4 - 4 * s * a3 + 6 * s^2 * a2 - 3 * s^4)
}

skew <- function(x) {
  n <- length(x)
  if (n < 3) return(NA_real_)
  m <- cmoms(x)
  if (m[["m2"]] == 0) return(NA_real_)
  sqrt(n * (n - 1)) / (n - 2) * m[["m3"]] / m[["m2"]]^1.5
}

kurt <- function(x) {
  n <- length(x)
  if (n < 4) return(NA_real_)
  m <- cmoms(x)
  if (m[["m2"]] == 0) return(NA_real_)
  (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * (m[["m4"]] / m[["m2"]]^2 - 3) + 6)
}

# most frequent value; ties go to the smallest
mode_of <- function(x) {
  if (!length(x)) return(NA_real_)
  u <- sort(unique(x))
  f <- tabulate(match(x, u), length(u))
  u[which.max(f)]          # which.max takes the first maximum = the smallest value
}

sdv <- function(x) if (length(x) >= 2) sd(x) else NA_real_

stat <- function(op, x, nmiss) {
  n <- length(x)
  if (op == "count") return(n)
  if (op == "missing") return(nmiss)
  if (op == "unique") return(length(unique(x)))
  if (n == 0) return(NA_real_)
  switch(op,
    mean = mean(x),
    sd = sdv(x),
    var = if (n >= 2) var(x) else NA_real_,
    se = sdv(x) / sqrt(n),
    min = min(x),
    max = max(x),
    range = max(x) - min(x),
    q1 = q7(x, 0.25),
    median = q7(x, 0.5),
    q3 = q7(x, 0.75),
    iqr = q7(x, 0.75) - q7(x, 0.25),
    sum = sum(x),
    skewness = skew(x),
    kurtosis = kurt(x),
    mode = mode_of(x),
    cv = { m <- mean(x); if (m == 0) NA_real_ else sdv(x) / m },
    mad = mad(x),
    first = x[1],
    last = x[n],
    if (grepl("^p[0-9]+(\\.[0-9]+)?$", op)) {
      p <- as.numeric(sub("^p", "", op)) / 100
      q7(x, p)
    } else stop("unknown op ", op))
}

fmt <- function(v) {
  if (is.character(v)) return(ifelse(is.na(v), "", v))
  ifelse(is.na(v), "", sprintf("%.17g", v))
}

write_table <- function(df, name) {
  path <- file.path(out, name)
  df[] <- lapply(df, fmt)
  write.csv(df, path, row.names = FALSE, quote = FALSE)
  cat("wrote", path, nrow(df), "rows\n")
}

all_stats <- c("count", "missing", "mean", "sd", "var", "se", "min", "q1", "median",
               "q3", "max", "range", "iqr", "sum", "skewness", "kurtosis", "mode",
               "unique", "cv", "mad")

# ---- describe -s all ----

describe <- function(path, cols, name) {
  d <- rd(path)
  rows <- lapply(cols, function(cn) {
    raw <- d[[cn]]
    if (is.null(raw)) stop(path, ": no column ", cn)
    x <- num(raw)
    nmiss <- sum(is.na(x))
    x <- x[!is.na(x)]
    c(list(column = cn), setNames(lapply(all_stats, stat, x = x, nmiss = nmiss), all_stats))
  })
  df <- do.call(rbind.data.frame, c(rows, stringsAsFactors = FALSE))
  names(df) <- c("column", all_stats)
  write_table(df, paste0("describe-", name, ".csv"))
}

describe("testdata/iris.csv", c("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width"), "iris")
describe("testdata/mtcars.csv", c("mpg", "cyl", "disp", "hp", "drat", "wt", "qsec", "vs", "am", "gear", "carb"), "mtcars")
describe("testdata/airquality.csv", c("Ozone", "Solar.R", "Wind", "Temp", "Month", "Day"), "airquality")
describe("testdata/faithful.csv", c("eruptions", "waiting"), "faithful")
describe("testdata/ToothGrowth.csv", "len", "ToothGrowth")
describe("testdata/na.csv", "x", "na")                 # empty, NA, N/A, NaN, null
describe("testdata/one-value.csv", c("x", "y"), "one-value")   # n = 1: sd etc. undefined
for (f in sort(Sys.glob("testdata/nist/*.csv"))) {
  set <- sub("\\.csv$", "", basename(f))
  describe(f, names(rd(f))[1], paste0("nist-", set))
}

# ---- groupby ----
# specs: list of c(OP, COL); "count" alone is the bare count (rows of the group).
# Groups in order of first appearance, or sorted by the keys with sort = TRUE.

groupby <- function(path, keys, specs, name, sort = FALSE) {
  d <- rd(path)
  keystr <- do.call(paste, c(lapply(keys, function(k) ifelse(is.na(d[[k]]), "\001NA", d[[k]])), sep = "\037"))
  first <- !duplicated(keystr)
  groups <- keystr[first]
  keyrows <- d[first, keys, drop = FALSE]
  if (sort) {
    ord <- do.call(order, lapply(keys, function(k) {
      v <- keyrows[[k]]
      if (all(!is.na(suppressWarnings(as.numeric(v[!is.na(v)]))))) as.numeric(v) else v
    }))
    groups <- groups[ord]
    keyrows <- keyrows[ord, , drop = FALSE]
  }
  res <- keyrows
  rownames(res) <- NULL
  for (s in specs) {
    if (length(s) == 1 && s == "count") {
      res[["count"]] <- vapply(groups, function(g) sum(keystr == g), numeric(1))
      next
    }
    op <- s[1]; cn <- s[2]
    res[[paste0(cn, "_", op)]] <- vapply(groups, function(g) {
      x <- num(d[[cn]][keystr == g])
      nmiss <- sum(is.na(x))
      stat(op, x[!is.na(x)], nmiss)
    }, numeric(1))
  }
  write_table(res, paste0("groupby-", name, ".csv"))
}

ops <- function(op, cols) lapply(cols, function(cn) c(op, cn))

groupby("testdata/mtcars.csv", c("cyl", "gear"),
        c(ops("mean", c("mpg", "hp")), ops("sd", "mpg"), ops("median", "hp"), list("count")),
        "mtcars-cyl-gear")
groupby("testdata/mtcars.csv", "cyl",
        c(ops("mean", "mpg"), ops("max", "hp"), list("count")),
        "mtcars-cyl-sort", sort = TRUE)
every <- c("count", "missing", "mean", "sd", "var", "se", "min", "q1", "median", "q3",
           "max", "range", "iqr", "sum", "skewness", "kurtosis", "mode", "unique", "cv",
           "mad", "p5", "p95", "p99.9", "first", "last")
groupby("testdata/iris.csv", "Species",
        c(lapply(every, function(op) c(op, "Sepal.Length")), list("count")),
        "iris-species")
groupby("testdata/airquality.csv", "Month",
        c(lapply(c("mean", "sd", "median", "q1", "q3", "p90", "count", "missing", "first", "last"),
                 function(op) c(op, "Ozone")), list("count")),
        "airquality-month")
groupby("testdata/ToothGrowth.csv", c("supp", "dose"),
        c(ops("mean", "len"), ops("sd", "len"), ops("median", "len"), ops("min", "len"),
          ops("max", "len"), list("count")),
        "toothgrowth-supp-dose")
