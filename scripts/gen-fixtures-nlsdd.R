# Reference values of helper nlsdd's tests (issue 22), from car 3.x:
# regress --anova --ss 2 with aliased coefficients (car's Anova compares
# refits, "sums of squares computed by model comparison").
# Run: Rscript scripts/gen-fixtures-nlsdd.R  (writes tests/ref/anova-aliased-car.csv)
suppressMessages(library(car))
d <- read.csv("testdata/mtcars.csv")
d$wt2 <- 2 * d$wt
out <- function(tab, model) {
	df <- data.frame(model = model, term = rownames(tab), df = tab$Df,
	    stat1 = if ("Sum Sq" %in% names(tab)) tab[["Sum Sq"]] else tab[["LR Chisq"]],
	    stat2 = if ("F value" %in% names(tab)) tab[["F value"]] else NA,
	    p = tab[[ncol(tab)]])
	df
}
m <- lm(mpg ~ wt + hp + wt2 + factor(cyl), d)
g <- glm(am ~ wt + hp + wt2, binomial, d)
r <- rbind(out(as.data.frame(Anova(m, type = 2)), "lm"),
    out(as.data.frame(Anova(g, type = 2)), "glm"))
r$stat2[r$model == "glm"] <- NA
num <- function(v) ifelse(is.na(v), "", sprintf("%.17g", v))
writeLines(c("model,term,df,stat1,stat2,p", paste(r$model, r$term, r$df,
    num(r$stat1), num(r$stat2), num(r$p), sep = ",")),
    "tests/ref/anova-aliased-car.csv")
