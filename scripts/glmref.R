# glmref(case, fit, newdata, augment): R's numbers of a glm in the long
# form of tests/ref/*-r.csv (case,view,row,column,value) that
# tests/cli/glm-vs-r.sh compares with regress's views; sourced by
# scripts/gen-fixtures-glm.R and gen-fixtures-formula2.R.  rd() reads a
# CSV with its text columns as factors of sorted levels, as statpipe codes
# them.
rd <- function(f) {
	d <- read.csv(f)
	for (k in names(d)) if (is.character(d[[k]]))
		d[[k]] <- factor(d[[k]], levels = sort(unique(d[[k]])))
	d
}
long <- function(case, view, m) {
	if (is.null(m))
		return(NULL)
	m <- as.matrix(m)
	data.frame(case = case, view = view, row = rep(rownames(m), ncol(m)),
	    column = rep(colnames(m), each = nrow(m)), value = c(m))
}
glmref <- function(case, fit, newdata = NULL, augment = TRUE) {
	s <- summary(fit)
	co <- coef(s)
	est <- !(fit$family$family %in% c("binomial", "poisson"))
	q <- if (est) qt(0.975, fit$df.residual) else qnorm(0.975)
	cf <- cbind(estimate = co[, 1], std_error = co[, 2],
	    statistic = co[, 3], p_value = co[, 4],
	    conf_low = co[, 1] - q * co[, 2], conf_high = co[, 1] + q * co[, 2])
	rownames(cf) <- rownames(co)
	sm <- cbind(n = nobs(fit), df_residual = fit$df.residual,
	    null_deviance = fit$null.deviance, deviance = fit$deviance,
	    df_null = fit$df.null, iterations = fit$iter,
	    dispersion = s$dispersion)
	if (!is.na(fit$aic))
		sm <- cbind(sm, aic = AIC(fit), bic = BIC(fit),
		    log_lik = as.numeric(logLik(fit)))
	rownames(sm) <- "1"
	au <- if (augment) cbind(fitted = fitted(fit),
	    residual = residuals(fit, "response"),
	    std_residual = rstandard(fit), hat = hatvalues(fit),
	    cooks_d = cooks.distance(fit),
	    linear_predictor = predict(fit, type = "link"),
	    resid_deviance = residuals(fit, "deviance"),
	    resid_pearson = residuals(fit, "pearson"),
	    resid_working = residuals(fit, "working"))
	if (augment) {	# R's influence() leaves out rows of weight 0
		au <- au[seq_len(min(12, nrow(au))), ]	# the first 12 rows
		rownames(au) <- seq_len(nrow(au))
	}
	an <- anova(fit, test = "Chisq")
	an <- cbind(df = an$Df, deviance = an$Deviance,
	    df_residual = an$"Resid. Df", resid_deviance = an$"Resid. Dev",
	    p_value = an$"Pr(>Chi)")
	rownames(an) <- rownames(anova(fit))
	out <- rbind(long(case, "coef", cf), long(case, "summary", sm),
	    long(case, "augment", au), long(case, "anova", an))
	if (!is.null(newdata)) {
		pl <- predict(fit, newdata, type = "link", se.fit = TRUE)
		pr <- predict(fit, newdata, type = "response", se.fit = TRUE)
		li <- fit$family$linkinv
		a <- li(pl$fit - q * pl$se.fit)
		b <- li(pl$fit + q * pl$se.fit)
		p1 <- cbind(fitted = pl$fit, se_fit = pl$se.fit,
		    conf_low = pl$fit - q * pl$se.fit,
		    conf_high = pl$fit + q * pl$se.fit)
		p2 <- cbind(fitted = pr$fit, se_fit = pr$se.fit,
		    conf_low = pmin(a, b), conf_high = pmax(a, b))
		rownames(p1) <- rownames(p2) <- seq_len(nrow(p1))
		out <- rbind(out, long(case, "link", p1),
		    long(case, "response", p2))
	}
	out
}
