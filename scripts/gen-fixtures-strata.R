# gen-fixtures-strata.R: R's results on each stratum (subset) of the data,
# for --by on regress, corr, fit and kstest (tests/cli/t8980-strata.sh), and
# factor(x) of a column with text (t8990-factor-text.sh).
#   Rscript scripts/gen-fixtures-strata.R   (from the repository root)
out <- "tests/cli/expect/t8980"
mt <- read.csv("testdata/mtcars.csv")
tg <- read.csv("testdata/ToothGrowth.csv")
# the strata in order of first appearance, as statpipe without --sort
strata <- function(k) unique(k)
w <- function(d, name) write.csv(d, file.path(out, paste0("strata-", name,
    ".csv")), row.names = FALSE, quote = FALSE)
f17 <- function(d) { d[] <- lapply(d, function(v) if (is.numeric(v))
    sprintf("%.17g", v) else v); d }

coefs <- function(fit, key, kname, z = FALSE) {
	s <- summary(fit)$coefficients
	ci <- if (z) confint.default(fit) else confint(fit)
	d <- data.frame(k = key, term = rownames(s), estimate = s[, 1],
	    std_error = s[, 2], statistic = s[, 3], p_value = s[, 4],
	    conf_low = ci[, 1], conf_high = ci[, 2])
	names(d)[1] <- kname
	d
}
# lm by cyl
w(f17(do.call(rbind, lapply(strata(mt$cyl), function(k)
    coefs(lm(mpg ~ wt + hp, data = mt[mt$cyl == k, ]), k, "cyl")))), "lm")
# lm with a factor, by am: each stratum has its own levels of gear
w(f17(do.call(rbind, lapply(strata(mt$am), function(k)
    coefs(lm(mpg ~ wt + factor(gear), data = mt[mt$am == k, ]), k,
    "am")))), "lm-factor")
# logistic by vs: Wald intervals as statpipe's glm table
w(f17(do.call(rbind, lapply(strata(mt$vs), function(k)
    coefs(glm(am ~ wt, family = binomial, data = mt[mt$vs == k, ]), k,
    "vs", z = TRUE)))), "glm")
# Pearson correlations of mpg, wt, hp by am
pairs <- list(c("mpg", "wt"), c("mpg", "hp"), c("wt", "hp"))
w(f17(do.call(rbind, lapply(strata(mt$am), function(k) {
	d <- mt[mt$am == k, ]
	do.call(rbind, lapply(pairs, function(p) {
		t <- cor.test(d[[p[1]]], d[[p[2]]])
		data.frame(am = k, x = p[1], y = p[2], estimate = t$estimate,
		    statistic = t$statistic, df = t$parameter,
		    p_value = t$p.value, conf_low = t$conf.int[1],
		    conf_high = t$conf.int[2], n = nrow(d))
	}))
}))), "corr")
# maximum-likelihood normal and exponential by cyl (MASS::fitdistr)
fit1 <- function(dist, k) {
	x <- mt$mpg[mt$cyl == k]
	f <- MASS::fitdistr(x, dist)
	data.frame(cyl = k, parameter = names(f$estimate),
	    estimate = unname(f$estimate), std_error = unname(f$sd))
}
w(f17(do.call(rbind, lapply(strata(mt$cyl), function(k)
    fit1("normal", k)))), "fit-norm")
w(f17(do.call(rbind, lapply(strata(mt$cyl), function(k)
    fit1("exponential", k)))), "fit-exp")
# two-sample Kolmogorov-Smirnov of the supplements at each dose (exact)
w(f17(do.call(rbind, lapply(strata(tg$dose), function(k) {
	d <- tg[tg$dose == k, ]
	t <- suppressWarnings(ks.test(d$len[d$supp == "OJ"],
	    d$len[d$supp == "VC"], exact = TRUE))
	data.frame(dose = k, statistic = unname(t$statistic),
	    p_value = t$p.value)
}))), "kstest")
# factor(x) of a column with a text value among numbers (t8990)
ro <- read.csv("testdata/rotary.csv", colClasses = c("numeric", "character"))
dir.create("tests/cli/expect/t8990", showWarnings = FALSE)
out <- "tests/cli/expect/t8990"
w(f17(coefs(lm(Price ~ factor(Cylinders), data = ro), "all", "k")[, -1]),
    "factor-text")
