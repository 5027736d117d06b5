# Reference values for issue 22's last items (tests/cli/t9060-glm3-r.sh):
# the level a binomial glm models as 1 (the second level of R's factor,
# or of relevel()'s), with glm's deviance and AIC of the same fit, and the
# two-sample tests with the group factor relevel()ed (--ref).  Writes
# tests/ref/glm3-r.csv, one value a line: case,view,row,column,value
# (row: the first column of statpipe's table), and car::vif(type =
# "predictor") (r-cran-car).
#   Rscript scripts/gen-fixtures-glm3.R    (from the repository root)
options(digits = 17)
rd <- function(f) {
	d <- read.csv(f, na.strings = c("NA", ""))
	for (k in names(d)) if (is.character(d[[k]]))
		d[[k]] <- factor(d[[k]], levels = sort(unique(d[[k]])))
	d
}
tg <- rd("testdata/ToothGrowth.csv")
out <- NULL
add <- function(case, view, row, v)
	out <<- rbind(out, data.frame(case = case, view = view, row = row,
	    column = names(v), value = vapply(v, function(x) if (is.numeric(x))
	    sprintf("%.17g", x) else x, ""), row.names = NULL))

# regress --family binomial --summary: the response column
glmsum <- function(case, d, y) {
	fit <- glm(d[[y]] ~ len, family = binomial, data = d)
	add(case, "summary", nrow(d), list(deviance = deviance(fit),
	    null_deviance = fit$null.deviance, aic = AIC(fit),
	    response = sprintf("P(%s = %s)", y, levels(d[[y]])[2])))
}
glmsum("tooth_binomial", tg, "supp")
rl <- tg
rl$supp <- relevel(rl$supp, ref = "VC")
glmsum("tooth_binomial_ref", rl, "supp")

# ttest, ranktest, ztest -g supp --ref supp=VC: R's tests on
# relevel(supp, "VC"), the estimate the first level's minus the second's
vc <- rl$len[rl$supp == levels(rl$supp)[1]]
oj <- rl$len[rl$supp == levels(rl$supp)[2]]
tt <- t.test(len ~ supp, data = rl)
add("tooth_ttest_ref", "ttest", "Welch Two Sample t-test", list(
    estimate = unname(-diff(tt$estimate)), statistic = unname(tt$statistic),
    df = unname(tt$parameter), p_value = tt$p.value,
    conf_low = tt$conf.int[1], conf_high = tt$conf.int[2],
    group1 = levels(rl$supp)[1], group2 = levels(rl$supp)[2]))
wt <- suppressWarnings(wilcox.test(len ~ supp, data = rl, conf.int = TRUE))
add("tooth_ranktest_ref", "ranktest",
    "Wilcoxon rank sum test with continuity correction", list(
    estimate = unname(wt$estimate), statistic = unname(wt$statistic),
    p_value = wt$p.value, conf_low = wt$conf.int[1],
    conf_high = wt$conf.int[2], group1 = levels(rl$supp)[1]))
z <- (mean(vc) - mean(oj)) / sqrt(25 / length(vc) + 25 / length(oj))
add("tooth_ztest_ref", "ztest", "Two Sample z-test", list(
    estimate = mean(vc) - mean(oj), statistic = z,
    p_value = 2 * pnorm(-abs(z)), group1 = levels(rl$supp)[1]))

# regress --vif --vif-type predictor: car::vif(type = "predictor")
suppressMessages(library(car))
mt <- rd("testdata/mtcars.csv")
pr <- na.omit(rd("testdata/Prestige.csv")[, c("prestige", "income",
    "type", "education")])
vifp <- function(case, fit) {
	v <- suppressMessages(vif(fit, type = "predictor"))
	for (k in rownames(v))
		add(case, "vif", k, list(gvif = v[k, 1], df = v[k, 2],
		    gvif_adj = v[k, 3]))
}
vifp("mt_pred", lm(mpg ~ wt * hp + hp * qsec + drat, data = mt))
vifp("mt_pred2", lm(mpg ~ wt * hp + qsec, data = mt))
vifp("pr_pred", lm(prestige ~ income * type + education, data = pr))

# anova --ref: TukeyHSD and the two-way table with relevel()ed factors
tg$dose <- factor(tg$dose)
td <- tg
td$dose <- relevel(td$dose, ref = "1")
tk <- TukeyHSD(aov(len ~ dose, data = td))$dose
for (k in seq_len(nrow(tk)))
	add("tooth_tukey_ref", "row_tukey", k, list(estimate = tk[k, 1],
	    conf_low = tk[k, 2], conf_high = tk[k, 3], p_adj = tk[k, 4],
	    contrast = rownames(tk)[k]))
td$supp <- relevel(td$supp, ref = "VC")
td$dose <- relevel(tg$dose, ref = "2")
av <- summary(aov(len ~ supp * dose, data = td))[[1]]
rownames(av) <- trimws(rownames(av))
for (k in rownames(av))
	add("tooth_anova2_ref", "anova", k, list(df = av[k, 1],
	    sum_sq = av[k, 2], mean_sq = av[k, 3], statistic = av[k, 4],
	    p_value = av[k, 5]))

# chisq --ref: fisher.test and chisq.test's cells on relevel()ed factors
am <- relevel(factor(mt$am), ref = "1")
fi <- fisher.test(table(am, factor(mt$vs)))
add("mt_fisher_ref", "chisq", "Fisher's Exact Test for Count Data", list(
    estimate = unname(fi$estimate), p_value = fi$p.value,
    conf_low = fi$conf.int[1], conf_high = fi$conf.int[2]))
ct <- suppressWarnings(chisq.test(table(relevel(factor(mt$cyl), ref = "8"),
    relevel(factor(mt$gear), ref = "5"))))
k <- 0
for (i in seq_len(nrow(ct$observed))) for (j in seq_len(ncol(ct$observed))) {
	k <- k + 1
	add("mt_cells_ref", "row_cells", k, list(
	    col = colnames(ct$observed)[j], observed = ct$observed[i, j],
	    expected = ct$expected[i, j], residual = ct$residuals[i, j],
	    std_residual = ct$stdres[i, j]))
}

write.csv(out, "tests/ref/glm3-r.csv", row.names = FALSE, quote = FALSE)
