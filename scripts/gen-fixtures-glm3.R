# Reference values for issue 22's last items (tests/cli/t9060-glm3-r.sh):
# the level a binomial glm models as 1 (the second level of R's factor,
# or of relevel()'s), with glm's deviance and AIC of the same fit, and the
# two-sample tests with the group factor relevel()ed (--ref).  Writes
# tests/ref/glm3-r.csv, one value a line: case,view,row,column,value
# (row: the first column of statpipe's table).
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

write.csv(out, "tests/ref/glm3-r.csv", row.names = FALSE, quote = FALSE)
