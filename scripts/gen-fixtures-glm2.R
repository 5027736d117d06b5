# Reference values of car::vif, sandwich::vcovHC with lmtest's
# coeftest/coefci, influence.measures, car::Anova and step for regress
# --vif, --robust, --influence, --anova --ss and --step (tests/cli/t7201):
# writes testdata/Prestige.csv (carData) and tests/ref/glm2-r.csv, one
# number a line: case,view,row,column,value (row: the term).
#   Rscript scripts/gen-fixtures-glm2.R    (from the repository root)
# Needs the Debian packages r-cran-car, r-cran-sandwich, r-cran-lmtest.
# Factors get their levels in sorted order, as statpipe codes them.
suppressMessages({ library(car); library(sandwich); library(lmtest) })
options(digits = 17)
p <- carData::Prestige
p <- data.frame(job = rownames(p), p, row.names = NULL)
p$type <- as.character(p$type)
write.csv(p, "testdata/Prestige.csv", row.names = FALSE, quote = FALSE,
    na = "")

rd <- function(f) {
	d <- read.csv(f, na.strings = c("NA", ""))
	for (k in names(d)) if (is.character(d[[k]]))
		d[[k]] <- factor(d[[k]], levels = sort(unique(d[[k]])))
	d
}
mt <- rd("testdata/mtcars.csv")
pr <- rd("testdata/Prestige.csv")
wb <- rd("testdata/warpbreaks.csv")
es <- rd("testdata/glm-esoph.csv")
gd <- rd("testdata/glm-gen.csv")

long <- function(case, view, m) {
	m <- as.matrix(m)
	data.frame(case = case, view = view, row = rep(rownames(m), ncol(m)),
	    column = rep(colnames(m), each = nrow(m)), value = c(m))
}
vifref <- function(case, fit) {
	v <- vif(fit)
	if (is.null(dim(v)))
		v <- cbind(v, 1, sqrt(v))
	colnames(v) <- c("gvif", "df", "gvif_adj")
	long(case, "vif", v)
}
hcref <- function(case, fit, types = c("HC0", "HC1", "HC2", "HC3")) {
	do.call(rbind, lapply(types, function(ty) {
		V <- vcovHC(fit, type = ty)
		ct <- coeftest(fit, vcov. = V)
		ci <- coefci(fit, vcov. = V)
		m <- cbind(estimate = ct[, 1], std_error = ct[, 2],
		    statistic = ct[, 3], p_value = ct[, 4],
		    conf_low = ci[, 1], conf_high = ci[, 2])
		long(case, ty, m)
	}))
}
# influence.measures() as regress --influence names it: dfb_ and the
# coefficient's name, dffit, cov_r, cook_d, hat, and is_inf the names of
# the flagged measures (row: the data row, from 1)
inflref <- function(case, fit) {
	im <- influence.measures(fit)
	nm <- c(paste0("dfb_", names(coef(fit))[!is.na(coef(fit))]),
	    "dffit", "cov_r", "cook_d", "hat")
	m <- im$infmat
	colnames(m) <- nm
	fl <- apply(im$is.inf, 1, function(r) paste(nm[which(r)],
	    collapse = " "))	# R flags an undefined measure NA: not flagged
	out <- long(case, "influence", m)
	rbind(out, data.frame(case = case, view = "influence",
	    row = rownames(m), column = "is_inf", value = fl))
}
# car::Anova(type = 2, 3): term,df,sum_sq,statistic,p_value (lm, with
# the Residuals row) or term,df,statistic,p_value (glm: LR tests)
anovaref <- function(case, fit, type) {
	a <- Anova(fit, type = type)
	m <- if (inherits(fit, "glm"))
		cbind(df = a$Df, statistic = a$"LR Chisq", p_value = a$"Pr(>Chisq)")
	else cbind(df = a$Df, sum_sq = a$"Sum Sq", statistic = a$"F value",
	    p_value = a$"Pr(>F)")
	rownames(m) <- rownames(a)
	long(case, paste0("ss", type), m)
}
# step()'s anova attribute: step,df,deviance,df_residual,resid_deviance,
# aic (row: the step, from 1)
stepref <- function(case, fit, direction = "backward") {
	a <- step(fit, direction = direction, trace = 0)$anova
	m <- cbind(df = a$Df, deviance = a$Deviance,
	    df_residual = a$"Resid. Df", resid_deviance = a$"Resid. Dev",
	    aic = a$AIC)
	rownames(m) <- seq_len(nrow(m))
	long(case, paste0("step_", direction), m)
}
mt_lm <- lm(mpg ~ wt + hp + factor(cyl), mt)
pr_lm <- lm(income ~ education + women + prestige + type, pr)
mt_w <- lm(mpg ~ wt + qsec, mt, weights = gear)
gd_w0 <- lm(norm ~ x + g, gd, weights = w0)
wb_pois <- glm(breaks ~ wool + tension, poisson, wb)
wb_quasi <- glm(breaks ~ wool * tension, quasipoisson, wb)
es_logit <- glm(prop ~ agegp + alcgp, binomial, es, weights = total)
es_cbind <- glm(cbind(ncases, ncontrols) ~ agegp + alcgp, binomial, es)
gd_gamma <- glm(gam ~ x + g, Gamma("log"), gd)
gd_pois_w0 <- glm(count ~ x + g + offset(log(t)), poisson, gd, weights = w0)
ref <- rbind(
    vifref("mt_lm", mt_lm), hcref("mt_lm", mt_lm),
    vifref("pr_lm", pr_lm), hcref("pr_lm", pr_lm),
    vifref("mt_w", mt_w), hcref("mt_w", mt_w),
    # rows of weight 0: vcovHC counts them in its n (which scales the
    # covariance by (n used / n)^2), and its HC2 and HC3 recycle
    # hatvalues(), which leave them out: the reference is the fit without
    # them, whose coefficients are the same
    hcref("gd_w0", update(gd_w0, subset = w0 > 0)),
    vifref("wb_pois", wb_pois), hcref("wb_pois", wb_pois),
    vifref("wb_quasi", wb_quasi), hcref("wb_quasi", wb_quasi, "HC1"),
    vifref("es_logit", es_logit), hcref("es_logit", es_logit),
    hcref("es_cbind", es_cbind, c("HC0", "HC3")),
    vifref("gd_gamma", gd_gamma), hcref("gd_gamma", gd_gamma),
    vifref("gd_pois_w0", gd_pois_w0),
    hcref("gd_pois_w0", update(gd_pois_w0, subset = w0 > 0),
        c("HC1", "HC3")),
    inflref("mt_lm", mt_lm), inflref("mt_w", mt_w), inflref("gd_w0", gd_w0),
    inflref("wb_pois", wb_pois), inflref("wb_quasi", wb_quasi),
    inflref("es_logit", es_logit), inflref("es_cbind", es_cbind),
    inflref("gd_gamma", gd_gamma), inflref("gd_pois_w0", gd_pois_w0),
    inflref("carb_lev1", lm(mpg ~ wt + factor(carb), mt)),
    anovaref("mt_int", lm(mpg ~ wt * hp + factor(cyl), mt), 2),
    anovaref("mt_int", lm(mpg ~ wt * hp + factor(cyl), mt), 3),
    anovaref("pr_lm", pr_lm, 2), anovaref("pr_lm", pr_lm, 3),
    anovaref("mt_w", mt_w, 2), anovaref("mt_w", mt_w, 3),
    anovaref("wb_int", glm(breaks ~ wool * tension, poisson, wb), 2),
    anovaref("wb_int", glm(breaks ~ wool * tension, poisson, wb), 3),
    anovaref("wb_quasi", wb_quasi, 2), anovaref("wb_quasi", wb_quasi, 3),
    anovaref("es_logit", es_logit, 2), anovaref("es_logit", es_logit, 3),
    anovaref("es_cbind", es_cbind, 2),
    anovaref("gd_gamma", gd_gamma, 2), anovaref("gd_gamma", gd_gamma, 3),
    anovaref("gd_pois_w0", gd_pois_w0, 2),
    anovaref("gd_pois_w0", gd_pois_w0, 3),
    stepref("mt_big", lm(mpg ~ wt + hp + qsec + drat + factor(cyl), mt)),
    stepref("mt_int", lm(mpg ~ wt * hp + qsec + drat, mt), "both"),
    stepref("mt_int", lm(mpg ~ wt * hp + qsec + drat, mt)),
    stepref("gd_pois", glm(count ~ x * g + t, poisson, gd)),
    stepref("gd_pois", glm(count ~ x * g + t, poisson, gd), "both"),
    stepref("gd_gamma", glm(gam ~ x + g + t + w, Gamma("log"), gd)))
write.csv(ref, "tests/ref/glm2-r.csv", row.names = FALSE, quote = FALSE)
