#!/usr/bin/env Rscript
# Reference values for lib/htest (statpipe ttest, ztest, ranktest), from
# R's t.test and wilcox.test and a z-test computed by hand, on the data in
# testdata/.  Prints one C initializer per case, in the order of the cases
# of tests/unit/test_htest.c:
#
#   { "name", { estimate, statistic, df, p_value, conf_low, conf_high,
#               cohens_d } },
#
#   Rscript scripts/gen-fixtures-ttest.R      (from the repository root)
#
# testdata/sleep.csv and sleep-wide.csv are R's sleep data set, long and
# wide (drug1, drug2: extra sleep of the same ID under each drug), written
# in the shortest form that reads back exactly, as scripts/gen-testdata.R
# writes the others.

if (!dir.exists("testdata")) stop("run from the repository root")
rd <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = FALSE)
tg <- rd("ToothGrowth.csv")
mt <- rd("mtcars.csv")
aq <- rd("airquality.csv")
sl <- rd("sleep.csv")
sw <- rd("sleep-wide.csv")
pg <- rd("PlantGrowth.csv")

num <- function(v) if (is.na(v)) "NAN" else if (is.infinite(v))
  (if (v < 0) "-INFINITY" else "INFINITY") else sprintf("%.17g", v)

# Cohen's d as statpipe defines it: (estimate - mu) over the sd of one
# sample or of the differences, or over the pooled sd of two samples.
d1 <- function(x, mu) (mean(x) - mu) / sd(x)
d2 <- function(x, y, mu) {
  nx <- length(x); ny <- length(y)
  sp <- sqrt(((nx - 1) * var(x) + (ny - 1) * var(y)) / (nx + ny - 2))
  (mean(x) - mean(y) - mu) / sp
}

emit <- function(name, h, d) {
  est <- if (is.null(h$estimate)) NA else
    if (length(h$estimate) == 2) h$estimate[[1]] - h$estimate[[2]] else h$estimate[[1]]
  df <- if (is.null(h$parameter)) NA else h$parameter[[1]]
  ci <- if (is.null(h$conf.int)) c(NA, NA) else h$conf.int
  cat(sprintf('\t{ "%s", { %s, %s, %s, %s, %s, %s, %s } },\n', name,
              num(est), num(h$statistic[[1]]), num(df), num(h$p.value),
              num(ci[1]), num(ci[2]), num(d)))
}

# A z-test by hand: se from the known sigmas, normal quantiles.
ztest <- function(x, y = NULL, sigma, mu = 0, alt = "two.sided", conf = 0.95) {
  if (is.null(y)) { est <- mean(x); se <- sigma[1] / sqrt(length(x)) }
  else { est <- mean(x) - mean(y)
         se <- sqrt(sigma[1]^2 / length(x) + sigma[2]^2 / length(y)) }
  z <- (est - mu) / se
  p <- switch(alt, less = pnorm(z), greater = pnorm(z, lower.tail = FALSE),
              two.sided = 2 * pnorm(-abs(z)))
  ci <- switch(alt,
    less = c(-Inf, mu + (z + qnorm(conf)) * se),
    greater = c(mu + (z - qnorm(conf)) * se, Inf),
    two.sided = mu + (z + c(-1, 1) * qnorm(1 - (1 - conf) / 2)) * se)
  list(estimate = est, statistic = z, p.value = p, conf.int = ci)
}

vc <- tg$len[tg$supp == "VC"]; oj <- tg$len[tg$supp == "OJ"]
m0 <- mt$mpg[mt$am == 0]; m1 <- mt$mpg[mt$am == 1]

# ---- t.test ----
emit("one-sample", t.test(mt$mpg, mu = 20), d1(mt$mpg, 20))
emit("one-less", t.test(mt$mpg, mu = 20, alternative = "less"), d1(mt$mpg, 20))
emit("one-greater", t.test(mt$mpg, mu = 20, alternative = "greater"), d1(mt$mpg, 20))
# --by supp: VC appears first, so VC - OJ
emit("welch-by", t.test(vc, oj), d2(vc, oj, 0))
# --by supp --sort: R's factor order, as t.test(len ~ supp) gives it
emit("welch-sorted", t.test(len ~ supp, data = tg), d2(oj, vc, 0))
emit("pooled", t.test(len ~ supp, data = tg, var.equal = TRUE), d2(oj, vc, 0))
emit("two-mu-greater", t.test(len ~ supp, data = tg, mu = 1, alternative = "greater"),
     d2(oj, vc, 1))
emit("pooled-less", t.test(len ~ supp, data = tg, var.equal = TRUE, alternative = "less"),
     d2(oj, vc, 0))
emit("conf-99", t.test(mpg ~ am, data = mt, conf.level = 0.99), d2(m0, m1, 0))
emit("two-columns", t.test(sw$drug1, sw$drug2), d2(sw$drug1, sw$drug2, 0))
emit("paired", t.test(sw$drug1, sw$drug2, paired = TRUE), d1(sw$drug1 - sw$drug2, 0))
emit("paired-by", t.test(extra ~ group, data = sl, paired = TRUE),
     d1(sl$extra[1:10] - sl$extra[11:20], 0))
for (dose in c(0.5, 1, 2)) {
  x <- tg$len[tg$supp == "VC" & tg$dose == dose]
  y <- tg$len[tg$supp == "OJ" & tg$dose == dose]
  emit(paste0("each-", dose), t.test(x, y), d2(x, y, 0))
}
o5 <- na.omit(aq$Ozone[aq$Month == 5]); o8 <- na.omit(aq$Ozone[aq$Month == 8])
emit("missing-by", t.test(Ozone ~ Month, data = aq[aq$Month %in% c(5, 8), ]),
     d2(o5, o8, 0))
ok <- complete.cases(aq$Ozone, aq$Solar.R)
emit("missing-paired", t.test(aq$Ozone, aq$Solar.R, paired = TRUE),
     d1(aq$Ozone[ok] - aq$Solar.R[ok], 0))
emit("missing-two", t.test(aq$Ozone, aq$Solar.R),
     d2(na.omit(aq$Ozone), na.omit(aq$Solar.R), 0))
for (v in c("mpg", "hp", "wt")) {
  x <- mt[[v]][mt$am == 0]; y <- mt[[v]][mt$am == 1]
  emit(paste0("several-", v), t.test(x, y), d2(x, y, 0))
}

# ---- z-test ----
emit("z-one", ztest(mt$mpg, sigma = 6, mu = 20), d1(mt$mpg, 20))
emit("z-one-less", ztest(mt$mpg, sigma = 6, mu = 20, alt = "less"), d1(mt$mpg, 20))
emit("z-two", ztest(vc, oj, sigma = c(8, 7)), d2(vc, oj, 0))
emit("z-two-greater-99", ztest(vc, oj, sigma = c(8, 7), alt = "greater", conf = 0.99),
     d2(vc, oj, 0))
emit("z-paired", ztest(sw$drug1 - sw$drug2, sigma = 1.2), d1(sw$drug1 - sw$drug2, 0))

# ---- wilcox.test ----
t1 <- pg$weight[pg$group == "trt1"]; t2 <- pg$weight[pg$group == "trt2"]
ct <- pg$weight[pg$group == "ctrl"]
emit("rank-exact", wilcox.test(t1, t2, conf.int = TRUE), d2(t1, t2, 0))
emit("rank-exact-less", wilcox.test(t1, t2, conf.int = TRUE, alternative = "less"),
     d2(t1, t2, 0))
emit("rank-exact-mu", wilcox.test(t1, t2, conf.int = TRUE, mu = -0.5,
     alternative = "greater", conf.level = 0.9), d2(t1, t2, -0.5))
# with ties: the normal approximation; R finds the estimate and interval
# by uniroot(tol = 1e-4), and statpipe follows the same search
h <- suppressWarnings(wilcox.test(vc, oj, conf.int = TRUE))
emit("rank-ties", h, d2(vc, oj, 0))
h <- suppressWarnings(wilcox.test(vc, oj, correct = FALSE, alternative = "less",
                                  conf.int = TRUE))
emit("rank-ties-nocorrect", h, d2(vc, oj, 0))
h <- suppressWarnings(wilcox.test(sw$drug1, sw$drug2, conf.int = TRUE,
                                  alternative = "greater", conf.level = 0.9))
emit("rank-two-columns", h, d2(sw$drug1, sw$drug2, 0))
emit("signed-exact", wilcox.test(ct, mu = 5, conf.int = TRUE), d1(ct, 5))
emit("signed-exact-greater", wilcox.test(ct, mu = 4.8, conf.int = TRUE,
     alternative = "greater"), d1(ct, 4.8))
h <- suppressWarnings(wilcox.test(sw$drug1, sw$drug2, paired = TRUE, conf.int = TRUE))
emit("signed-paired", h, d1(sw$drug1 - sw$drug2, 0))
h <- suppressWarnings(wilcox.test(mt$mpg, mu = 20, conf.int = TRUE, alternative = "less"))
emit("signed-ties-less", h, d1(mt$mpg, 20))
h <- suppressWarnings(wilcox.test(mt$mpg, mu = 20, conf.int = TRUE, correct = FALSE))
emit("signed-ties-nocorrect", h, d1(mt$mpg, 20))
cat(sprintf("/* psignrank(10, 10) */ %s\n", num(psignrank(10, 10))))
cat(sprintf("/* pwilcox(20, 8, 9) */ %s\n", num(pwilcox(20, 8, 9))))
cat(sprintf("/* pwilcox(700, 40, 45) */ %s\n", num(pwilcox(700, 40, 45))))
