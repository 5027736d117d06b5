# Reference values of --cv (tests/cli/t6350-cv.sh): the same folds as
# statpipe's (written by `statpipe folds`, which deals them as --cv does),
# each fold's model fitted by R (lm, glm, rpart) to the other folds, and
# the mean and sd of the measures over the folds.  Run from the
# repository root with ./statpipe built:
#   Rscript scripts/gen-fixtures-cv.R
suppressMessages(library(rpart))
out <- "tests/cli/expect/t6350"
num <- function(x) sprintf("%.17g", x)
folds <- function(args) read.csv(pipe(paste("./statpipe folds", args)),
	stringsAsFactors = TRUE)
write_ref <- function(name, names, v) {
	d <- data.frame(metric = names, estimate = num(colMeans(v)),
		sd = num(apply(v, 2, sd)), folds = nrow(v))
	write.csv(d, file.path(out, paste0("ref-", name, ".csv")), row.names = FALSE)
}
numbers <- function(y, p) { e <- y - p
	c(sqrt(mean(e^2)), mean(abs(e)), 1 - sum(e^2) / sum((y - mean(y))^2)) }
classes <- function(y, p, lev) {
	cm <- table(factor(y, lev), factor(p, lev)); n <- sum(cm)
	po <- sum(diag(cm)) / n; pe <- sum(rowSums(cm) * colSums(cm)) / n^2
	rt <- rowSums(cm)
	c(po, mean(diag(cm)[rt > 0] / rt[rt > 0]), (po - pe) / (1 - pe)) }

mt <- folds("-k 5 testdata/mtcars.csv")
v <- t(sapply(1:5, function(k) { tr <- mt[mt$fold != k, ]; te <- mt[mt$fold == k, ]
	numbers(te$mpg, predict(lm(mpg ~ wt + hp, tr), te)) }))
write_ref("regress", c("rmse", "mae", "r_squared"), v)

# classes are dealt by stratum, as folds --strata does when the first row
# holds the first class (vs = 0 here)
d <- folds("-k 4 --strata vs --seed 2 testdata/mtcars.csv")
v <- t(sapply(1:4, function(k) { tr <- d[d$fold != k, ]; te <- d[d$fold == k, ]
	p <- predict(glm(vs ~ mpg, binomial, tr), te, type = "response")
	classes(te$vs, as.integer(p >= 0.5), 0:1) }))
write_ref("logit", c("accuracy", "balanced_accuracy", "kappa"), v)

ir <- folds("-k 5 --strata Species --seed 1 testdata/iris.csv")
lev <- levels(ir$Species)
ctl <- rpart.control(xval = 0, maxsurrogate = 0, maxcompete = 0)
v <- t(sapply(1:5, function(k) { tr <- ir[ir$fold != k, ]; te <- ir[ir$fold == k, ]
	f <- rpart(Species ~ Sepal.Length + Sepal.Width + Petal.Length + Petal.Width,
		tr, control = ctl)
	classes(te$Species, predict(f, te, type = "class"), lev) }))
write_ref("tree-class", c("accuracy", "balanced_accuracy", "kappa"), v)

v <- t(sapply(1:5, function(k) { tr <- mt[mt$fold != k, ]; te <- mt[mt$fold == k, ]
	f <- rpart(mpg ~ cyl + disp + hp + wt, tr, control = rpart.control(xval = 0,
		maxsurrogate = 0, maxcompete = 0, minsplit = 6))
	numbers(te$mpg, predict(f, te)) }))
write_ref("tree-anova", c("rmse", "mae", "r_squared"), v)
