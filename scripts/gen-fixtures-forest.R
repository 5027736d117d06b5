# The spread of R's randomForest over 20 seeds, for the statistical checks
# of statpipe forest (tests/cli/t6330-forest.sh): its out-of-bag error
# cannot be matched number for number (another generator), so statpipe's
# must fall within R's range.  Run from the repository root:
#   Rscript scripts/gen-fixtures-forest.R
suppressMessages(library(randomForest))
out <- "tests/cli/expect/t6330"
rd <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = TRUE)
ir <- rd("iris.csv")
mt <- rd("mtcars.csv")
g <- rd("tree-gen.csv")
runs <- function(fit, stat) sapply(1:20, function(s) { set.seed(s); stat(fit()) })
cls <- function(m) m$err.rate[m$ntree, "OOB"]
reg <- function(m) m$mse[m$ntree]
rows <- list(
	c("iris", "oob_error", range(runs(function() randomForest(Species ~ ., ir), cls))),
	c("mtcars", "oob_mse", range(runs(function()
		randomForest(mpg ~ cyl + disp + hp + drat + wt + qsec + vs + am + gear + carb, mt),
		reg))),
	c("gen-class", "oob_error", range(runs(function()
		randomForest(cls ~ x1 + x2 + x3 + c2 + c4 + c6, g, ntree = 100), cls))),
	c("gen-anova", "oob_mse", range(runs(function()
		randomForest(y ~ x1 + x2 + x3 + c2 + c4 + c6, g, ntree = 100), reg))))
d <- do.call(rbind, lapply(rows, function(r)
	data.frame(data = r[1], metric = r[2], min = sprintf("%.17g", as.numeric(r[3])),
		max = sprintf("%.17g", as.numeric(r[4])))))
write.csv(d, file.path(out, "rf-spread.csv"), row.names = FALSE, quote = FALSE)
