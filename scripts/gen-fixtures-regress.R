# Reference values for tests/unit/test_model.c and test_corr.c, computed by
# R from the testdata/ CSVs.  Run from the repository root:
#   Rscript scripts/gen-fixtures-regress.R > /tmp/fixtures.c
# and paste the arrays between the "generated" markers of the test files:
# the models and the "predict" section into test_model.c, the "test_corr.c"
# section into test_corr.c.
num <- function(x) ifelse(is.na(x), "NAN", sprintf("%.17g", x))
arr <- function(name, x) {
	cat(sprintf("static const double %s[] = {\n", name))
	v <- num(as.vector(t(x)))
	for (i in seq(1, length(v), by = 4))
		cat("\t", paste(v[i:min(i + 3, length(v))], collapse = ", "), ",\n", sep = "")
	cat("};\n")
}
rd <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = FALSE)
models <- list(
	list("m1", "mtcars.csv", "mpg ~ wt", NULL, FALSE),
	list("m2", "mtcars.csv", "mpg ~ wt + hp + qsec", NULL, FALSE),
	list("m3", "mtcars.csv", "mpg ~ wt + factor(cyl)", NULL, FALSE),
	list("m4", "mtcars.csv", "mpg ~ wt * hp", NULL, FALSE),
	list("m5", "cars.csv", "dist ~ speed - 1", NULL, FALSE),
	list("m6", "cars.csv", "dist ~ speed + I(speed^2)", NULL, FALSE),
	list("m7", "airquality.csv", "Ozone ~ Solar.R + Wind + Temp", NULL, FALSE),
	list("m8", "mtcars.csv", "mpg ~ wt + hp", "drat", FALSE),
	list("m9", "iris.csv", "Sepal.Length ~ log(Petal.Length) * Species + sqrt(Sepal.Width)", NULL, FALSE),
	list("m10", "mtcars.csv", "mpg ~ wt + I(2 * wt) + poly(hp, 2, raw = TRUE)", NULL, FALSE),
	list("m11", "mtcars.csv", "am ~ wt + hp", NULL, TRUE))
for (m in models) {
	id <- m[[1]]
	d <- rd(m[[2]])
	fo <- as.formula(m[[3]])
	if (!m[[5]]) {
		fit <- if (is.null(m[[4]])) lm(fo, d, na.action = na.exclude) else
			lm(fo, d, weights = d[[m[[4]]]], na.action = na.exclude)
		s <- summary(fit)
		ct <- coef(s)
		# aliased terms: rows of NA, as the coefficient table shows them
		full <- matrix(NA, length(coef(fit)), 4, dimnames = list(names(coef(fit)), NULL))
		full[rownames(ct), ] <- ct
		ci <- confint(fit)
		cat(sprintf("/* %s: lm(%s%s) */\n", id, m[[3]],
		    if (is.null(m[[4]])) "" else paste0(", weights = ", m[[4]])))
		arr(paste0(id, "_coef"), cbind(full, ci))
		f <- s$fstatistic
		arr(paste0(id, "_summary"), c(nobs(fit), f[2], f[3], s$r.squared,
		    s$adj.r.squared, s$sigma, f[1], f[2], f[3],
		    pf(f[1], f[2], f[3], lower.tail = FALSE), AIC(fit), BIC(fit),
		    logLik(fit)))
		a <- anova(fit)
		arr(paste0(id, "_anova"), as.matrix(a))
		aug <- cbind(fitted(fit), residuals(fit), rstandard(fit),
		    hatvalues(fit), cooks.distance(fit))
		# rows left out: hatvalues() pads with 0, statpipe leaves empty
		aug[is.na(aug[, 1]), ] <- NA
	} else {
		fit <- glm(fo, binomial, d)
		s <- summary(fit)
		ct <- coef(s)
		cat(sprintf("/* %s: glm(%s, binomial) */\n", id, m[[3]]))
		arr(paste0(id, "_coef"), cbind(ct, confint.default(fit)))
		arr(paste0(id, "_summary"), c(nobs(fit), fit$rank - 1,
		    fit$df.residual, fit$null.deviance, fit$deviance,
		    fit$df.null, AIC(fit), BIC(fit), logLik(fit), fit$iter))
		aug <- cbind(fitted(fit), d$am - fitted(fit), rstandard(fit),
		    hatvalues(fit), cooks.distance(fit))
	}
	arr(paste0(id, "_augment"), aug)
}

# cor.test cases for tests/unit/test_corr.c: estimate, statistic, df,
# p-value, conf.int (NaN where R gives none)
cat("/* ---- test_corr.c ---- */\n")
sw <- rd("swiss.csv")
mt <- rd("mtcars.csv")
ct <- function(id, x, y, m, what) {
	r <- suppressWarnings(cor.test(x, y, method = m))
	v <- c(r$estimate, r$statistic,
	    if (is.null(r$parameter)) NA else r$parameter, r$p.value,
	    if (is.null(r$conf.int)) c(NA, NA) else r$conf.int)
	cat(sprintf("/* %s: cor.test(%s, method = \"%s\") */\n", id, what, m))
	arr(id, v)
}
for (m in c("pearson", "spearman", "kendall")) {
	ct(paste0("sw8_", m), sw$Fertility[1:8], sw$Agriculture[1:8], m,
	    "Fertility[1:8], Agriculture[1:8]")
	ct(paste0("sw30_", m), sw$Fertility[1:30], sw$Agriculture[1:30], m,
	    "Fertility[1:30], Agriculture[1:30]")
	ct(paste0("sw47_", m), sw$Fertility, sw$Agriculture, m,
	    "Fertility, Agriculture")
	ct(paste0("mt_", m), mt$mpg, mt$wt, m, "mtcars$mpg, mtcars$wt")
}

# predict() for test_model.c: the fit, se, and both intervals of a model
# saved by regress --save-model, on testdata/cars-new.csv (a row missing)
cat("/* ---- predict ---- */\n")
m <- lm(dist ~ speed + I(speed^2), rd("cars.csv"))
nd <- rd("cars-new.csv")
pc <- predict(m, nd, interval = "confidence", se.fit = TRUE)
pp <- predict(m, nd, interval = "prediction")
cat("/* predict(lm(dist ~ speed + I(speed^2), cars), cars-new, interval = ",
    "\"confidence\" then \"prediction\", se.fit = TRUE): fit, se, lwr, upr, ",
    "lwr, upr */\n", sep = "")
arr("pred_cars", cbind(pc$fit[, 1], pc$se.fit, pc$fit[, 2:3], pp[, 2:3]))
