# Reference values for the unit tests of issue 21's modules (padjust, prop,
# pairwise, vartest, resampling), from R's stats (and boot for bootstrap
# intervals).  Writes tests/unit/fixtures/infer-*.inc as C initializers;
# run from the repository's root: Rscript scripts/gen-fixtures-infer.R
f <- function(v) ifelse(is.na(v), "NAN", ifelse(is.infinite(v), ifelse(v > 0, "INFINITY", "-INFINITY"), sprintf("%.17g", v)))
vec <- function(v) paste0("{ ", paste(f(v), collapse = ", "), " }")
out <- function(name, lines) writeLines(lines, file.path("tests/unit/fixtures", paste0("infer-", name, ".inc")))

## p.adjust: each vector under each method
pv <- list(
  c(0.01, 0.02, 0.03, 0.04, 0.05),
  c(0.04, 0.001, 0.03, 0.5, 0.03, 0.2, 0.0001, 0.8),
  c(0.3, NA, 0.01, 0.02, NA, 0.9, 0.02),
  c(0.05),
  c(0.02, 0.04),
  c(1, 1, 0, 0.5, 0.25, 0.7, 0.011, 0.012, 0.013, 0.3, 0.001, 0.9),
  c(NA, 0.2)
)
meth <- c(holm = "PADJUST_HOLM", hochberg = "PADJUST_HOCHBERG", hommel = "PADJUST_HOMMEL",
  bonferroni = "PADJUST_BONFERRONI", BH = "PADJUST_BH", BY = "PADJUST_BY", none = "PADJUST_NONE")
l <- character()
for (p in pv) for (m in names(meth))
  l <- c(l, sprintf("\t{ %d, %s, %s, %s },\t/* p.adjust(c(%s), \"%s\") */", length(p), meth[m],
    vec(p), vec(p.adjust(p, m)), paste(p, collapse = ", "), m))
out("padjust", l)

## binom.test and prop.test: { binom, k, x, n, p (NAN: none), alt, conf,
## correct, wilson, estimate, statistic, df, p_value, conf_low, conf_high }
alts <- c(two.sided = "ALT_TWO_SIDED", less = "ALT_LESS", greater = "ALT_GREATER")
pr <- function(binom, x, n, p, alt, conf = 0.95, correct = TRUE, wilson = FALSE) {
  k <- length(x)
  if (binom) {
    r <- binom.test(x, n, if (is.null(p)) 0.5 else p, alternative = alt, conf.level = conf)
    est <- r$estimate; df <- NA
    ci <- if (wilson) prop.test(x, n, correct = FALSE, alternative = alt, conf.level = conf)$conf.int else r$conf.int
    call <- sprintf("binom.test(%d, %d, %s, \"%s\", %s)%s", x, n, if (is.null(p)) 0.5 else p, alt, conf,
      if (wilson) ", Wilson: prop.test(correct = FALSE)$conf.int" else "")
  } else {
    r <- suppressWarnings(prop.test(x, n, p, alternative = alt, conf.level = conf, correct = correct))
    est <- if (k == 1) r$estimate else if (k == 2 && is.null(p)) r$estimate[1] - r$estimate[2] else NA
    df <- r$parameter
    ci <- if (is.null(r$conf.int)) c(NA, NA) else r$conf.int
    call <- sprintf("prop.test(c(%s), c(%s), %s, \"%s\", %s, correct = %s)", paste(x, collapse = ","),
      paste(n, collapse = ","), if (is.null(p)) "NULL" else paste0("c(", paste(p, collapse = ","), ")"), alt, conf, correct)
  }
  pad <- function(v) vec(c(v, rep(0, 6 - length(v))))
  sprintf("\t{ %d, %d, %s, %s, %s, %s, %s, %d, %d, %s, %s, %s, %s, %s, %s },\t/* %s */",
    binom, k, pad(x), pad(n), if (is.null(p)) "{ NAN }" else pad(p), alts[alt], f(conf), correct, wilson,
    f(unname(est)), f(unname(r$statistic)), f(unname(df)), f(r$p.value), f(ci[1]), f(ci[2]), call)
}
l <- character()
for (a in names(alts)) {
  l <- c(l, pr(TRUE, 682, 925, 0.75, a), pr(TRUE, 3, 20, NULL, a), pr(TRUE, 0, 10, 0.2, a),
    pr(TRUE, 10, 10, 0.3, a), pr(TRUE, 7, 30, 0.2, a, 0.9), pr(TRUE, 682, 925, 0.75, a, wilson = TRUE),
    pr(TRUE, 15, 50, 0.3, a), pr(TRUE, 1, 1, 0.5, a))
  l <- c(l, pr(FALSE, 83, 86, NULL, a), pr(FALSE, 15, 50, 0.4, a, correct = FALSE), pr(FALSE, 0, 12, 0.3, a),
    pr(FALSE, 12, 12, NULL, a, 0.99), pr(FALSE, 20, 40, 0.5, a),
    pr(FALSE, c(15, 25), c(50, 50), NULL, a), pr(FALSE, c(15, 25), c(50, 50), NULL, a, correct = FALSE),
    pr(FALSE, c(83, 90), c(86, 93), NULL, a, 0.9), pr(FALSE, c(10, 10), c(30, 30), NULL, a))
}
smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82)
l <- c(l, pr(FALSE, smokers, patients, NULL, "two.sided"), pr(FALSE, smokers, patients, NULL, "two.sided", correct = FALSE),
  pr(FALSE, c(15, 25), c(50, 50), c(0.3, 0.5), "two.sided"), pr(FALSE, smokers, patients, c(0.9, 0.9, 0.9, 0.9), "less"),
  pr(FALSE, c(5, 7, 12), c(10, 10, 20), NULL, "greater"))
out("prop", l)

## pairwise comparisons: { file, y, g, success, test, alt, pool_sd, paired,
## adjust, npairs, est, stat, p, p_adj }, pairs (1,2), (1,3) ... (2,3) ...
## Dunn and Games-Howell as the R package rstatix defines them (dunn_test,
## games_howell_test; not installed here: their code transcribed below).
tests <- c(t = "PAIRWISE_T", wilcox = "PAIRWISE_WILCOX", prop = "PAIRWISE_PROP", dunn = "PAIRWISE_DUNN",
  "games-howell" = "PAIRWISE_GAMES_HOWELL")
pw <- function(file, y, g, test, alt = "two.sided", pool = TRUE, paired = FALSE, adjust = "holm", success = NULL) {
  d <- read.csv(file.path("testdata", file))
  x <- d[[y]]; gr <- factor(d[[g]])
  ok <- !is.na(x) & !is.na(gr); x <- x[ok]; gr <- droplevels(gr[ok])
  if (!is.null(success)) x <- as.numeric(as.character(x) == success)
  lv <- levels(gr); k <- length(lv)
  xs <- lapply(lv, function(l) x[gr == l])
  pr <- t(combn(k, 2))
  N <- length(x); rk <- rank(x); mr <- tapply(rk, gr, mean); nn <- tapply(x, gr, length)
  tt <- table(x); C <- sum(tt^3 - tt) / (12 * (N - 1))
  est <- stat <- p <- numeric(nrow(pr))
  for (r in seq_len(nrow(pr))) {
    a <- pr[r, 1]; b <- pr[r, 2]; xa <- xs[[a]]; xb <- xs[[b]]
    if (test == "t" && pool && !paired) {
      s2 <- sum(sapply(xs, function(v) (length(v) - 1) * var(v))) / sum(sapply(xs, length) - 1)
      df <- sum(sapply(xs, length) - 1)
      est[r] <- mean(xb) - mean(xa); stat[r] <- est[r] / sqrt(s2 * (1 / length(xa) + 1 / length(xb)))
      p[r] <- pairwise.t.test(x, gr, p.adjust.method = "none", alternative = alt)$p.value[b - 1, a]
    } else if (test == "t") {
      h <- t.test(xb, xa, paired = paired, alternative = alt)
      est[r] <- h$estimate[1] - if (paired) 0 else h$estimate[2]; stat[r] <- h$statistic
      p[r] <- pairwise.t.test(x, gr, p.adjust.method = "none", pool.sd = FALSE, paired = paired, alternative = alt)$p.value[b - 1, a]
    } else if (test == "wilcox") {
      h <- suppressWarnings(wilcox.test(xb, xa, paired = paired, alternative = alt, conf.int = TRUE))
      est[r] <- h$estimate; stat[r] <- h$statistic
      p[r] <- suppressWarnings(pairwise.wilcox.test(x, gr, p.adjust.method = "none", paired = paired, alternative = alt))$p.value[b - 1, a]
    } else if (test == "prop") {
      h <- suppressWarnings(prop.test(c(sum(xb), sum(xa)), c(length(xb), length(xa))))
      est[r] <- h$estimate[1] - h$estimate[2]; stat[r] <- h$statistic
      p[r] <- suppressWarnings(pairwise.prop.test(tapply(x, gr, sum), nn, p.adjust.method = "none"))$p.value[b - 1, a]
    } else if (test == "dunn") {
      est[r] <- mr[b] - mr[a]
      stat[r] <- est[r] / sqrt((N * (N + 1) / 12 - C) * (1 / nn[a] + 1 / nn[b]))
      p[r] <- 2 * pnorm(abs(stat[r]), lower.tail = FALSE)
    } else {
      va <- var(xa) / length(xa); vb <- var(xb) / length(xb)
      est[r] <- mean(xb) - mean(xa); stat[r] <- est[r] / sqrt(va + vb)
      df <- (va + vb)^2 / (va^2 / (length(xa) - 1) + vb^2 / (length(xb) - 1))
      p[r] <- ptukey(abs(stat[r]) * sqrt(2), k, df, lower.tail = FALSE)
    }
  }
  adj <- if (test == "games-howell") p else p.adjust(p, adjust)
  sprintf("\t{ \"%s\", \"%s\", \"%s\", %s, %s, %s, %d, %d, %s, %d, %s, %s, %s, %s },\t/* %s %s ~ %s */",
    file, y, g, if (is.null(success)) "NULL" else paste0("\"", success, "\""), tests[test], alts[alt], pool, paired,
    meth[adjust], nrow(pr), vec(est), vec(stat), vec(p), vec(adj), test, y, g)
}
l <- c(pw("PlantGrowth.csv", "weight", "group", "t"),
  pw("PlantGrowth.csv", "weight", "group", "t", "less", adjust = "BH"),
  pw("PlantGrowth.csv", "weight", "group", "t", pool = FALSE, adjust = "bonferroni"),
  pw("InsectSprays.csv", "count", "spray", "t", adjust = "hommel"),
  pw("InsectSprays.csv", "count", "spray", "wilcox"),
  pw("ToothGrowth.csv", "len", "dose", "wilcox", "greater"),
  pw("ToothGrowth.csv", "len", "dose", "t", paired = TRUE, pool = FALSE),
  pw("ToothGrowth.csv", "len", "dose", "wilcox", paired = TRUE, adjust = "none"),
  pw("airquality.csv", "Ozone", "Month", "t"),
  pw("mtcars.csv", "am", "cyl", "prop", success = "1"),
  pw("InsectSprays.csv", "count", "spray", "dunn"),
  pw("airquality.csv", "Ozone", "Month", "dunn", adjust = "BY"),
  pw("InsectSprays.csv", "count", "spray", "games-howell"),
  pw("PlantGrowth.csv", "weight", "group", "games-howell"))
out("pairwise", l)

## var.test: { x, y (testdata columns as file:col[:group-level]), alt, ratio,
## conf, estimate, statistic, df1, df2, p, lo, hi }
vt <- function(file, col, g, a, b, alt = "two.sided", ratio = 1, conf = 0.95) {
  d <- read.csv(file.path("testdata", file))
  x <- d[[col]][as.character(d[[g]]) == a]; y <- d[[col]][as.character(d[[g]]) == b]
  x <- x[!is.na(x)]; y <- y[!is.na(y)]
  r <- var.test(x, y, ratio = ratio, alternative = alt, conf.level = conf)
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s\", \"%s\", %s, %s, %s, { %s, %s, %s, %s, %s, %s, %s } },\t/* var.test(%s[%s == \"%s\"], ..., \"%s\") */",
    file, col, g, a, b, alts[alt], f(ratio), f(conf), f(unname(r$estimate)), f(unname(r$statistic)),
    f(unname(r$parameter[1])), f(unname(r$parameter[2])), f(r$p.value), f(r$conf.int[1]), f(r$conf.int[2]),
    col, g, a, alt)
}
l <- character()
for (a in names(alts))
  l <- c(l, vt("ToothGrowth.csv", "len", "supp", "OJ", "VC", a), vt("PlantGrowth.csv", "weight", "group", "trt1", "trt2", a, 2, 0.9),
    vt("airquality.csv", "Ozone", "Month", "5", "8", a), vt("mtcars.csv", "mpg", "am", "0", "1", a, 0.5, 0.99))
out("vartest", l)

## testdata for chisq --count, --mcnemar and --cmh (written once; R's data)
write.csv(as.data.frame(Titanic), "testdata/titanic.csv", row.names = FALSE, quote = FALSE)
write.csv(as.data.frame(UCBAdmissions), "testdata/ucbadmissions.csv", row.names = FALSE, quote = FALSE)
perf <- as.data.frame(as.table(matrix(c(794, 86, 150, 570), 2, dimnames = list(first = c("approve", "disapprove"),
  second = c("approve", "disapprove")))))
write.csv(perf, "testdata/performance.csv", row.names = FALSE, quote = FALSE)
js <- as.data.frame(as.table(array(c(1, 2, 1, 0, 3, 3, 6, 1, 10, 10, 14, 9, 6, 7, 12, 11,
  0, 0, 0, 0, 1, 3, 0, 1, 8, 5, 6, 4, 10, 9, 10, 10), dim = c(4, 4, 2),
  dimnames = list(Income = c("a<5", "b5-15", "c15-25", "d>25"), Satisfaction = c("1V", "2L", "3M", "4S"),
  Gender = c("Female", "Male")))))
write.csv(js, "testdata/job-satisfaction-gender.csv", row.names = FALSE, quote = FALSE)
## { file, a, b, strata ("" McNemar), count, alt, conf, correct, estimate,
## statistic, df, p, lo, hi }
rd <- function(file) read.csv(file.path("testdata", file))
cm <- function(file, a, b, s, cnt, alt = "two.sided", conf = 0.95, correct = TRUE) {
  d <- rd(file)
  w <- if (cnt == "") rep(1, nrow(d)) else d[[cnt]]
  if (s == "") {
    lv <- sort(unique(c(as.character(d[[a]]), as.character(d[[b]]))))
    tb <- xtabs(w ~ factor(d[[a]], lv) + factor(d[[b]], lv))
    r <- mcnemar.test(tb, correct = correct); est <- lo <- hi <- NA
  } else {
    tb <- xtabs(w ~ d[[a]] + d[[b]] + d[[s]])
    r <- mantelhaen.test(tb, alternative = alt, conf.level = conf, correct = correct)
    est <- if (is.null(r$estimate)) NA else r$estimate
    lo <- if (is.null(r$conf.int)) NA else r$conf.int[1]; hi <- if (is.null(r$conf.int)) NA else r$conf.int[2]
  }
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s\", \"%s\", %s, %s, %d, { %s, %s, %s, %s, %s, %s } },\t/* %s */",
    file, a, b, s, cnt, alts[alt], f(conf), correct, f(unname(est)), f(unname(r$statistic)), f(unname(r$parameter)),
    f(r$p.value), f(lo), f(hi), r$method)
}
l <- c(cm("performance.csv", "first", "second", "", "Freq"), cm("performance.csv", "first", "second", "", "Freq", correct = FALSE),
  cm("mtcars.csv", "gear", "carb", "", ""), cm("mtcars.csv", "vs", "am", "", ""),
  cm("titanic.csv", "Class", "Sex", "", "Freq"))
for (a in names(alts))
  l <- c(l, cm("ucbadmissions.csv", "Admit", "Gender", "Dept", "Freq", a), cm("ucbadmissions.csv", "Admit", "Gender", "Dept", "Freq", a, 0.9, FALSE))
l <- c(l, cm("titanic.csv", "Sex", "Survived", "Class", "Freq"), cm("job-satisfaction-gender.csv", "Income", "Satisfaction", "Gender", "Freq"),
  cm("titanic.csv", "Class", "Survived", "Age", "Freq"), cm("mtcars.csv", "vs", "am", "cyl", ""))
out("cmh", l)

## testdata for anova --friedman: R's friedman.test example (Hollander &
## Wolfe, rounding first base), long form
RT <- matrix(c(5.40, 5.50, 5.55, 5.85, 5.70, 5.75, 5.20, 5.60, 5.50, 5.55, 5.50, 5.40, 5.90, 5.85, 5.70,
  5.45, 5.55, 5.60, 5.40, 5.40, 5.35, 5.45, 5.50, 5.35, 5.25, 5.15, 5.00, 5.85, 5.80, 5.70, 5.25, 5.20, 5.10,
  5.65, 5.55, 5.45, 5.60, 5.35, 5.45, 5.05, 5.00, 4.95, 5.50, 5.50, 5.40, 5.45, 5.55, 5.50, 5.55, 5.55, 5.35,
  5.45, 5.50, 5.55, 5.50, 5.45, 5.25, 5.65, 5.60, 5.40, 5.70, 5.65, 5.55, 6.30, 6.30, 6.25), nrow = 22, byrow = TRUE,
  dimnames = list(1:22, c("Round Out", "Narrow Angle", "Wide Angle")))
rt <- data.frame(player = rep(1:22, 3), method = rep(colnames(RT), each = 22), time = c(RT))
write.csv(rt, "testdata/roundingtimes.csv", row.names = FALSE, quote = FALSE)
## { file, y, g, block, statistic, df, p, W }, and fligner.test { file, y, g, statistic, df, p }
fr <- function(file, y, g, b) {
  d <- rd(file); r <- friedman.test(d[[y]], factor(d[[g]]), factor(d[[b]]))
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s\", %s, %s, %s, %s },\t/* friedman.test(%s, %s, %s) */", file, y, g, b,
    f(unname(r$statistic)), f(unname(r$parameter)), f(r$p.value), f(unname(r$statistic) / (nlevels(factor(d[[b]])) * unname(r$parameter))), y, g, b)
}
fl <- function(file, y, g) {
  d <- rd(file); r <- fligner.test(d[[y]], factor(d[[g]]))
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"\", %s, %s, %s, NAN },\t/* fligner.test(%s, %s) */", file, y, g,
    f(unname(r$statistic)), f(unname(r$parameter)), f(r$p.value), y, g)
}
wb <- warpbreaks[warpbreaks$wool == "A", ]; wb$rep <- rep(1:9, 3)
write.csv(wb, "testdata/warpbreaks-a.csv", row.names = FALSE, quote = FALSE)
out("anova", c(fr("roundingtimes.csv", "time", "method", "player"), fr("warpbreaks-a.csv", "breaks", "tension", "rep"),
  fl("ToothGrowth.csv", "len", "dose"), fl("PlantGrowth.csv", "weight", "group"), fl("InsectSprays.csv", "count", "spray"),
  fl("airquality.csv", "Ozone", "Month"), fl("iris.csv", "Sepal.Width", "Species")))

## bootstrap (R's boot package, boot.ci with the jackknife's influence
## values, L = empinf(type = "jack"), for BCa): over seeds 1..20 of R = 2000
## replicates, the mean and sd of each endpoint; t0 and the acceleration
## exactly.  { file, x, y, stat, arg, ci, conf, t0, accel, lo_mean, lo_sd,
## hi_mean, hi_sd }
suppressMessages(library(boot))
stats <- c(mean = "RESAMPLE_MEAN", median = "RESAMPLE_MEDIAN", sd = "RESAMPLE_SD", var = "RESAMPLE_VAR",
  trimmed = "RESAMPLE_TRIMMED", quantile = "RESAMPLE_QUANTILE", cor = "RESAMPLE_COR")
cis <- c(perc = "RESAMPLE_PERC", basic = "RESAMPLE_BASIC", bca = "RESAMPLE_BCA", norm = "RESAMPLE_NORM")
bt <- function(file, x, y, stat, arg, ci, conf = 0.95) {
  d <- rd(file); dat <- data.frame(x = d[[x]], y = if (y == "") 0 else d[[y]]); dat <- dat[complete.cases(dat), ]
  fn <- switch(stat, mean = function(d, i) mean(d$x[i]), median = function(d, i) median(d$x[i]),
    sd = function(d, i) sd(d$x[i]), var = function(d, i) var(d$x[i]), trimmed = function(d, i) mean(d$x[i], trim = arg),
    quantile = function(d, i) quantile(d$x[i], arg, names = FALSE), cor = function(d, i) cor(d$x[i], d$y[i]))
  e <- t(sapply(1:20, function(s) {
    set.seed(s); b <- boot(dat, fn, R = 2000)
    r <- boot.ci(b, conf = conf, type = ci, L = empinf(b, type = "jack"))
    switch(ci, perc = r$percent[4:5], basic = r$basic[4:5], bca = r$bca[4:5], norm = r$normal[2:3])
  }))
  set.seed(1); b <- boot(dat, fn, R = 20); L <- empinf(b, type = "jack")
  sprintf("\t{ \"%s\", \"%s\", \"%s\", %s, %s, %s, %s, %s, %s, %s, %s, %s, %s },\t/* boot %s of %s, %s */",
    file, x, y, stats[stat], f(arg), cis[ci], f(conf), f(fn(dat, seq_len(nrow(dat)))), f(sum(L^3) / (6 * sum(L^2)^1.5)),
    f(mean(e[, 1])), f(sd(e[, 1])), f(mean(e[, 2])), f(sd(e[, 2])), stat, x, ci)
}
l <- c(bt("mtcars.csv", "mpg", "", "mean", 0, "perc"), bt("mtcars.csv", "mpg", "", "mean", 0, "bca"),
  bt("mtcars.csv", "mpg", "", "mean", 0, "norm"), bt("mtcars.csv", "mpg", "", "mean", 0, "basic", 0.9),
  bt("rivers.csv", "length", "", "median", 0, "bca"), bt("rivers.csv", "length", "", "median", 0, "perc"),
  bt("faithful.csv", "eruptions", "", "sd", 0, "bca"), bt("faithful.csv", "waiting", "", "var", 0, "basic"),
  bt("precip.csv", "precip", "", "trimmed", 0.1, "bca"), bt("precip.csv", "precip", "", "quantile", 0.9, "perc"),
  bt("mtcars.csv", "mpg", "wt", "cor", 0, "bca"), bt("mtcars.csv", "mpg", "wt", "cor", 0, "norm"),
  bt("airquality.csv", "Ozone", "", "mean", 0, "bca"))
out("boot", l)
## permutation test: the exact two-sided p by enumerating the relabellings
## (|T*| >= |T| (1 - 1e-9)), { file, y, g, a, b, stat, statistic, p_exact }
pt <- function(file, y, g, a, b, stat) {
  d <- rd(file); x1 <- d[[y]][d[[g]] == a]; x2 <- d[[y]][d[[g]] == b]; x1 <- x1[!is.na(x1)]; x2 <- x2[!is.na(x2)]
  ctr <- if (stat == "mean-diff") mean else median
  pool <- c(x1, x2); n1 <- length(x1); t0 <- ctr(x1) - ctr(x2)
  cb <- combn(length(pool), n1)
  ts <- apply(cb, 2, function(i) ctr(pool[i]) - ctr(pool[-i]))
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s,%s\", %s, %s, %s },\t/* exact permutation p over %d relabellings */",
    file, y, g, a, b, if (stat == "mean-diff") "PERMTEST_MEAN_DIFF" else "PERMTEST_MEDIAN_DIFF", f(t0),
    f(mean(abs(ts) >= abs(t0) * (1 - 1e-9))), ncol(cb))
}
out("permtest", c(pt("sleep.csv", "extra", "group", "1", "2", "mean-diff"), pt("sleep.csv", "extra", "group", "1", "2", "median-diff"),
  pt("PlantGrowth.csv", "weight", "group", "ctrl", "trt1", "mean-diff"), pt("PlantGrowth.csv", "weight", "group", "trt2", "trt1", "median-diff")))

## cor.test one-sided: { file, x, y, method, alt, estimate, statistic, p, lo, hi }
cms <- c(pearson = "CORR_PEARSON", spearman = "CORR_SPEARMAN", kendall = "CORR_KENDALL")
ct <- function(file, x, y, m, alt) {
  d <- rd(file); ok <- complete.cases(d[[x]], d[[y]])
  r <- suppressWarnings(cor.test(d[[x]][ok], d[[y]][ok], method = m, alternative = alt))
  ci <- if (is.null(r$conf.int)) c(NA, NA) else r$conf.int
  sprintf("\t{ \"%s\", \"%s\", \"%s\", %s, %s, %s, %s, %s, %s, %s },\t/* cor.test(%s, %s, \"%s\", \"%s\") */",
    file, x, y, cms[m], alts[alt], f(unname(r$estimate)), f(unname(r$statistic)), f(r$p.value), f(ci[1]), f(ci[2]), x, y, m, alt)
}
l <- character()
for (a in c("less", "greater")) for (m in names(cms))
  l <- c(l, ct("mtcars.csv", "mpg", "wt", m, a), ct("mtcars.csv", "qsec", "drat", m, a), ct("airquality.csv", "Ozone", "Temp", m, a),
    ct("swiss.csv", "Fertility", "Education", m, a))
l <- c(l, ct("mtcars.csv", "mpg", "wt", "spearman", "less"))
out("corr", l)

## --p-adjust on the commands (CLI test t6850): each reference is the column
## statpipe prints, one number a line in its row order, written to
## tests/cli/expect/t6850/NAME.ref and compared to 1e-7 relative
ref <- function(name, v) {
  dir.create("tests/cli/expect/t6850", showWarnings = FALSE, recursive = TRUE)
  writeLines(ifelse(is.na(v), "NA", sprintf("%.17g", v)), file.path("tests/cli/expect/t6850", paste0(name, ".ref")))
}
mt <- rd("mtcars.csv")
prs <- combn(c("mpg", "wt", "hp", "qsec"), 2)
cp <- apply(prs, 2, function(v) cor.test(mt[[v[1]]], mt[[v[2]]])$p.value)
ref("corr-holm", p.adjust(cp, "holm"))
M <- matrix(NA, 4, 4); M[t(apply(prs, 2, match, c("mpg", "wt", "hp", "qsec")))] <- p.adjust(cp, "BH")
M[lower.tri(M)] <- t(M)[lower.tri(M)]
ref("corr-matrix-bh", t(M))
ref("corr-spearman-hochberg", p.adjust(apply(prs, 2, function(v)
  suppressWarnings(cor.test(mt[[v[1]]], mt[[v[2]]], method = "spearman"))$p.value), "hochberg"))
tp <- sapply(c("mpg", "wt", "qsec"), function(y) t.test(mt[[y]] ~ mt$am)$p.value)
ref("ttest-hommel", p.adjust(tp, "hommel"))
wp <- sapply(c("mpg", "wt", "qsec"), function(y) suppressWarnings(wilcox.test(mt[[y]] ~ mt$am))$p.value)
ref("ranktest-by", p.adjust(wp, "BY"))
## strata: --strata vs, in statpipe's order of first appearance (0 then 1)
sp <- unlist(lapply(c(0, 1), function(s) sapply(c("mpg", "qsec"), function(y)
  t.test(mt[[y]][mt$vs == s] ~ mt$am[mt$vs == s])$p.value)))
ref("ttest-strata-bh", p.adjust(sp, "BH"))
ap <- sapply(c(1, 0), function(a) summary(aov(mpg ~ factor(cyl), mt[mt$am == a, ]))[[1]][["Pr(>F)"]])
ref("anova-each-holm", p.adjust(c(ap), "holm"))
tg <- rd("ToothGrowth.csv")
a2 <- summary(aov(len ~ supp * factor(dose), tg))[[1]][["Pr(>F)"]]
ref("anova-two-way-bonferroni", p.adjust(a2, "bonferroni"))
sr <- suppressWarnings(chisq.test(table(mt$cyl, mt$gear)))$stdres
ref("chisq-cells-p", c(t(2 * pnorm(-abs(sr)))))
ref("chisq-cells-bonferroni", p.adjust(c(t(2 * pnorm(-abs(sr)))), "bonferroni"))
he <- as.matrix(rd("haireye-table.csv")[, -1])
ref("chisq-table-cells-holm", p.adjust(c(t(2 * pnorm(-abs(chisq.test(he)$stdres)))), "holm"))

## corr --compare: Fisher's z of two independent correlations and Zou's
## (2007) interval of r1 - r2, from their definitions (psych's r.test and
## cocor's zou2007 are not in Debian): { file, x, y, g, a, b, alt, level,
## estimate, z, p, lo, hi }
cz <- function(file, x, y, g, a, b, alt = "two.sided", level = 0.95) {
  d <- rd(file); d <- d[complete.cases(d[[x]], d[[y]]), ]
  s1 <- d[d[[g]] == a, ]; s2 <- d[d[[g]] == b, ]
  r1 <- cor(s1[[x]], s1[[y]]); r2 <- cor(s2[[x]], s2[[y]]); n1 <- nrow(s1); n2 <- nrow(s2)
  z <- (atanh(r1) - atanh(r2)) / sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
  p <- switch(alt, two.sided = 2 * pnorm(-abs(z)), less = pnorm(z), greater = pnorm(z, lower.tail = FALSE))
  q <- qnorm(if (alt == "two.sided") (1 + level) / 2 else level)
  ci <- function(r, n) tanh(atanh(r) + c(-1, 1) * q / sqrt(n - 3))
  c1 <- ci(r1, n1); c2 <- ci(r2, n2)
  lo <- if (alt == "less") -2 else r1 - r2 - sqrt((r1 - c1[1])^2 + (c2[2] - r2)^2)
  hi <- if (alt == "greater") 2 else r1 - r2 + sqrt((c1[2] - r1)^2 + (r2 - c2[1])^2)
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s\", \"%s,%s\", %s, %s, %s, %s, %s, %s, %s },", file, x, y, g, a, b,
    alts[alt], f(level), f(r1 - r2), f(z), f(p), f(lo), f(hi))
}
out("corr-compare", c(cz("mtcars.csv", "mpg", "wt", "am", "0", "1"),
  cz("iris.csv", "Sepal.Length", "Sepal.Width", "Species", "setosa", "virginica", "greater", 0.9),
  cz("iris.csv", "Petal.Length", "Petal.Width", "Species", "versicolor", "setosa", "less"),
  cz("airquality.csv", "Ozone", "Temp", "Month", "5", "8", "two.sided", 0.99)))

## ttest --effect-ci: Cohen's d and Hedges' g with noncentral-t intervals
## as effectsize (0.8) defines them, solved here by uniroot on pt(ncp)
## (effectsize's optim() stops near 1e-9; it is checked to 1e-4 below):
## { d, hn, df, alt, level, d_low, d_high, g, g_low, g_high }
ncp_t <- function(t, df, p) uniroot(function(x) stats::pt(t, df, x) - p, c(t - 50, t + 50), tol = 1e-14)$root
ef <- function(d, hn, df, alt = "two.sided", level = 0.95) {
  a <- if (alt == "two.sided") (1 - level) / 2 else 1 - level
  t <- d / sqrt(hn)
  lo <- if (alt == "less") -Inf else ncp_t(t, df, 1 - a) * sqrt(hn)
  hi <- if (alt == "greater") Inf else ncp_t(t, df, a) * sqrt(hn)
  J <- exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
  sprintf("\t{ %s, %s, %s, %s, %s, %s, %s, %s, %s, %s },", f(d), f(hn), f(df), alts[alt], f(level), f(lo), f(hi),
    f(d * J), f(lo * J), f(hi * J))
}
suppressMessages(library(effectsize))
chk <- function(e, d, lo, hi) stopifnot(abs(e[[1]] - d) < 1e-9, abs(e$CI_low - lo) < 1e-4, abs(e$CI_high - hi) < 1e-4)
x <- mt$mpg[mt$am == 0]; y <- mt$mpg[mt$am == 1]
sp <- sqrt(((length(x) - 1) * var(x) + (length(y) - 1) * var(y)) / (length(x) + length(y) - 2))
d2 <- (mean(x) - mean(y)) / sp; h2 <- 1 / length(x) + 1 / length(y)
e <- cohens_d(x, y); a <- (1 - 0.95) / 2
chk(e, d2, ncp_t(d2 / sqrt(h2), 30, 1 - a) * sqrt(h2), ncp_t(d2 / sqrt(h2), 30, a) * sqrt(h2))
d1 <- (mean(mt$mpg) - 20) / sd(mt$mpg)
dp <- mean(mt$mpg - mt$qsec) / sd(mt$mpg - mt$qsec)
e <- cohens_d(mt$mpg, mt$qsec, paired = TRUE); stopifnot(abs(e[[1]] - dp) < 1e-9)
out("effect", c(ef(d2, h2, 30), ef(d2, h2, 30, "greater"), ef(d2, h2, 30, "less", 0.9), ef(d1, 1 / 32, 31),
  ef(dp, 1 / 32, 31, "two.sided", 0.99), ef(2.5, 1 / 3, 2), ef(-0.2, 2 / 500, 998), ef(8, 1 / 40, 39), ef(0, 1 / 5 + 1 / 6, 9)))

## anova --within: the one-way repeated-measures ANOVA.  F, its p and the
## sums of squares from aov(y ~ g + Error(s/g)); ges = SS_g / (SS_g +
## SS_subjects + SS_error) (ez's generalized eta squared, Bakeman 2005);
## Mauchly's W and p from mauchly.test() of the mlm of the wide matrix
## (X = ~1); the Greenhouse-Geisser and Huynh-Feldt epsilons from their
## definitions (stats:::sphericity(): GG = sum(l)^2 / (p sum(l^2)) over the
## eigenvalues l of the contrasts' SSD, HF = ((n + 1) p GG - 2) / (p (n - p
## GG)), n the mlm's residual df); their p-values are pf() of aov's F on
## eps df1 and eps df2 (min(1, HF) for H-F), checked against anova.mlm(test
## = "Spherical") to 1e-7 only: its F (by the mlm) is aov's to 4e-10.
## { file, y, g, block, df1, df2, ss, ss_error, F, p, ges, W, W_p, gg, gg_p,
##   hf, hf_p, subjects }
library(nlme, warn.conflicts = FALSE)
write.csv(data.frame(distance = Orthodont$distance, age = Orthodont$age, Subject = as.character(Orthodont$Subject)),
  "testdata/orthodont.csv", row.names = FALSE, quote = FALSE)
write.csv(data.frame(height = Loblolly$height, age = Loblolly$age, Seed = as.character(Loblolly$Seed)),
  "testdata/loblolly.csv", row.names = FALSE, quote = FALSE)
write.csv(sleep, "testdata/sleep.csv", row.names = FALSE, quote = FALSE)
stores <- matrix(c(5, 4, 7, 10, 12, 1, 3, 1, 0, 2, 16, 12, 22, 22, 35, 5, 4, 3, 5, 4, 10, 9, 7, 13, 10, 19, 18, 28, 37,
  58, 10, 7, 6, 8, 7), nrow = 7, byrow = TRUE)
write.csv(data.frame(store = rep(1:7, 5), brand = rep(LETTERS[1:5], each = 7), sales = c(stores)),
  "testdata/quade-stores.csv", row.names = FALSE, quote = FALSE)
wide <- function(d, y, g, b) {
  d <- d[order(d[[b]], d[[g]]), ]
  matrix(d[[y]], ncol = nlevels(factor(d[[g]])), byrow = TRUE)
}
rm1 <- function(file, y, g, b) {
  d <- rd(file); d$g_ <- factor(d[[g]]); d$s_ <- factor(d[[b]]); d$y_ <- d[[y]]
  a <- summary(aov(y_ ~ g_ + Error(s_ / g_), d))
  e1 <- a[["Error: s_"]][[1]]; e2 <- a[["Error: s_:g_"]][[1]]
  Y <- wide(d, y, g, b); k <- ncol(Y); n <- nrow(Y); p <- k - 1
  m <- lm(Y ~ 1)
  C <- contr.helmert(k); C <- sweep(C, 2, sqrt(colSums(C^2)), "/")
  l <- eigen(t(C) %*% crossprod(scale(Y, scale = FALSE)) %*% C, only.values = TRUE)$values
  gg <- sum(l)^2 / (p * sum(l^2)); hf <- (n * p * gg - 2) / (p * (n - 1 - p * gg))
  sp <- anova(m, X = ~1, test = "Spherical")
  ggp <- pf(e2[1, 4], gg * e2[1, 1], gg * e2[2, 1], lower.tail = FALSE)
  hfp <- pf(e2[1, 4], min(1, hf) * e2[1, 1], min(1, hf) * e2[2, 1], lower.tail = FALSE)
  stopifnot(abs(sp[["G-G Pr"]][1] / ggp - 1) < 1e-7, abs(sp[["H-F Pr"]][1] / hfp - 1) < 1e-7)
  W <- if (k > 2 && n >= k) mauchly.test(m, X = ~1) else list(statistic = if (k == 2) 1 else NA, p.value = NA)
  ss <- e2[1, 2]; sse <- e2[2, 2]; sss <- e1[1, 2]
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s\", { %s } },\t/* aov(%s ~ %s + Error(%s/%s)) */", file, y, g, b,
    paste(f(c(e2[1, 1], e2[2, 1], ss, sse, e2[1, 4], e2[1, 5], ss / (ss + sss + sse), unname(W$statistic), W$p.value,
      gg, ggp, hf, hfp, n)), collapse = ", "), y, g, b, g)
}
out("within", c(rm1("roundingtimes.csv", "time", "method", "player"), rm1("warpbreaks-a.csv", "breaks", "tension", "rep"),
  rm1("orthodont.csv", "distance", "age", "Subject"), rm1("loblolly.csv", "height", "age", "Seed"),
  rm1("sleep.csv", "extra", "group", "ID")))

## anova --quade: quade.test(y, groups, blocks).  Decimal data scaled to
## integers first (the test is invariant to scale) so that R's block ranges
## tie where the decimals do.  { file, y, g, block, statistic, df1, df2, p }
qd <- function(file, y, g, b, scale = 1) {
  d <- rd(file); r <- quade.test(round(d[[y]] * scale), factor(d[[g]]), factor(d[[b]]))
  sprintf("\t{ \"%s\", \"%s\", \"%s\", \"%s\", { %s, %s, %s, %s } },\t/* quade.test(round(%s * %s), %s, %s) */", file, y, g, b,
    f(unname(r$statistic)), f(unname(r$parameter[1])), f(unname(r$parameter[2])), f(r$p.value), y, scale, g, b)
}
out("quade", c(qd("roundingtimes.csv", "time", "method", "player", 100), qd("warpbreaks-a.csv", "breaks", "tension", "rep"),
  qd("orthodont.csv", "distance", "age", "Subject", 2), qd("loblolly.csv", "height", "age", "Seed", 100),
  qd("sleep.csv", "extra", "group", "ID", 10), qd("quade-stores.csv", "sales", "brand", "store")))

## anova --effect-ci: eta squared, partial eta squared, omega squared and
## partial omega squared of each term of aov() (type I) with their
## intervals, as effectsize (0.8) defines them (.es_aov_simple(): the
## effect size as the F it would be, the ncp interval of that F by
## .get_ncp_F(), each end ncp / (ncp + df_error)), solved here by uniroot
## on P(F > f) summed as its Poisson mixture of pbeta() (R's pf(ncp = )
## stops at 1e-9 absolute, pnbeta's errmax: 4e-9 relative on the ncp);
## effectsize's optim() is checked to 1e-4 below.
## { file, y, g, alt, level, term, { eta_lo, eta_hi, peta_lo, peta_hi,
##   omega, omega_lo, omega_hi, pomega, pomega_lo, pomega_hi } }
pnf_q <- function(f, df1, df2, ncp) {
  x <- df1 * f / (df1 * f + df2); j <- 0:ceiling(ncp / 2 + 40 * sqrt(ncp / 2) + 200)
  sum(dpois(j, ncp / 2) * pbeta(x, df1 / 2 + j, df2 / 2, lower.tail = FALSE))
}
ncp_f <- function(f, df1, df2, q) {
  if (pf(f, df1, df2, lower.tail = FALSE) >= q) return(0)
  uniroot(function(x) pnf_q(f, df1, df2, x) - q, c(0, max(1, 2 * f * df1)),
    extendInt = "upX", tol = 1e-14)$root
}
es_ci <- function(es, df, dfe, alt, level) {
  a <- if (alt == "two.sided") (1 - level) / 2 else 1 - level
  es <- max(0, es); f <- (es / df) / ((1 - es) / dfe)
  lo <- if (alt == "less") 0 else ncp_f(f, df, dfe, a)
  hi <- if (alt == "greater") Inf else ncp_f(f, df, dfe, 1 - a)
  c(lo / (lo + dfe), if (is.infinite(hi)) 1 else hi / (hi + dfe))
}
suppressMessages(library(effectsize))
ea <- function(file, y, g, alt = "greater", level = 0.95) {
  d <- rd(file); for (v in strsplit(g, ",")[[1]]) d[[v]] <- factor(d[[v]])
  m <- aov(as.formula(paste(y, "~", gsub(",", "*", g))), d)
  a <- summary(m)[[1]]; nt <- nrow(a) - 1; dfe <- a[nt + 1, 1]; mse <- a[nt + 1, 3]
  sst <- sum(a[, 2]); N <- sum(a[, 1]) + 1
  ref <- list(eta_squared(m, partial = FALSE, ci = level, alternative = alt, verbose = FALSE),
    eta_squared(m, partial = TRUE, ci = level, alternative = alt, verbose = FALSE),
    omega_squared(m, partial = FALSE, ci = level, alternative = alt, verbose = FALSE),
    omega_squared(m, partial = TRUE, ci = level, alternative = alt, verbose = FALSE))
  sapply(seq_len(nt), function(i) {
    ss <- a[i, 2]; df <- a[i, 1]
    es <- c(ss / sst, ss / (ss + a[nt + 1, 2]), max(0, (ss - df * mse) / (sst + mse)),
      max(0, (ss - df * mse) / (ss + (N - df) * mse)))
    ci <- sapply(es, es_ci, df = df, dfe = dfe, alt = alt, level = level)
    for (j in 1:4) stopifnot(abs(ref[[j]][[2]][i] - es[j]) < 1e-9, abs(ref[[j]]$CI_low[i] - ci[1, j]) < 1e-4,
      abs(ref[[j]]$CI_high[i] - ci[2, j]) < 1e-4)
    sprintf("\t{ \"%s\", \"%s\", \"%s\", %s, %s, %d, { %s } },\t/* %s */", file, y, g, alts[alt], f(level), i - 1,
      paste(f(c(ci[, 1], ci[, 2], es[3], ci[, 3], es[4], ci[, 4])), collapse = ", "), rownames(a)[i])
  })
}
out("anova-effect", c(ea("PlantGrowth.csv", "weight", "group"), ea("PlantGrowth.csv", "weight", "group", "two.sided", 0.9),
  ea("ToothGrowth.csv", "len", "supp,dose", "two.sided", 0.9), ea("ToothGrowth.csv", "len", "supp,dose"),
  ea("warpbreaks.csv", "breaks", "wool,tension", "less", 0.95), ea("InsectSprays.csv", "count", "spray", "two.sided", 0.99),
  ea("chickwts.csv", "weight", "feed", "greater", 0.9)))

## chisq --effect-ci: Cramer's V with its interval as effectsize's
## cramers_v() (0.8) defines it, adjust = FALSE and adjust = TRUE (its
## default), from the uncorrected Pearson statistic; the ncp solved by
## uniroot on P(X <= x) summed as its Poisson mixture of central pchisq()
## (effectsize's optim() is checked to 1e-4).
## { chisq, n, nr, nc, alt, level, { v, v_low, v_high, adj, adj_low, adj_high } }
pnchi <- function(x, df, ncp) {
  j <- 0:ceiling(ncp / 2 + 40 * sqrt(ncp / 2) + 50)
  sum(dpois(j, ncp / 2) * pchisq(x, df + 2 * j))
}
ncp_chi <- function(x, df, p) {
  if (pchisq(x, df) <= p) return(0)
  uniroot(function(l) pnchi(x, df, l) - p, c(0, max(1, 2 * x)), extendInt = "downX", tol = 1e-14)$root
}
cv <- function(tab, alt = "greater", level = 0.95) {
  x <- unname(suppressWarnings(chisq.test(tab, correct = FALSE))$statistic); n <- sum(tab)
  r <- nrow(tab); c <- ncol(tab); df <- (r - 1) * (c - 1); a <- if (alt == "two.sided") (1 - level) / 2 else 1 - level
  phi <- sqrt(x / n)
  lo <- if (alt == "less") 0 else sqrt(ncp_chi(x, df, 1 - a) / n)
  hi <- if (alt == "greater") 1 else sqrt(ncp_chi(x, df, a) / n)
  fin <- function(p, m) { d <- sqrt(m - 1); c(p[1] / d, p[2] / d, if (alt == "greater") 1 else min(1, p[3] / d)) }
  v <- fin(c(phi, lo, hi), min(r, c)); E <- df / (n - 1)
  va <- fin(sqrt(pmax(0, c(phi, lo, hi)^2 - E)), min(r - (r - 1)^2 / (n - 1), c - (c - 1)^2 / (n - 1)))
  for (adj in c(FALSE, TRUE)) {
    e <- suppressWarnings(cramers_v(tab, adjust = adj, ci = level, alternative = alt)); w <- if (adj) va else v
    stopifnot(abs(e[[1]] - w[1]) < 1e-9, abs(e$CI_low - w[2]) < 1e-4, abs(e$CI_high - w[3]) < 1e-4)
  }
  sprintf("\t{ %s, %s, %d, %d, %s, %s, { %s } },", f(x), f(n), r, c, alts[alt], f(level), paste(f(c(v, va)), collapse = ", "))
}
he <- HairEyeColor[, , 1] + HairEyeColor[, , 2]
out("cramers-v", c(cv(table(mtcars$cyl, mtcars$gear), "two.sided"), cv(table(mtcars$cyl, mtcars$gear)), cv(he),
  cv(he, "two.sided", 0.9), cv(table(mtcars$vs, mtcars$am)), cv(table(mtcars$vs, mtcars$am), "less"),
  cv(UCBAdmissions[, , 1], "two.sided"), cv(table(warpbreaks$wool, warpbreaks$tension), "two.sided", 0.99)))
