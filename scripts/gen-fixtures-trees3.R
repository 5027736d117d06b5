# gen-fixtures-trees3.R: predictions of saved trees on rows with missing
# predictors, by R's predict(rpart) (rpart 4.1.x; its defaults:
# maxsurrogate = 5, usesurrogate = 2, and predict's na.action = na.pass, so
# every row is predicted), for tests/cli/t6610-predict-surrogates.sh.
# Also testdata/airquality-new.csv: new rows, one with every predictor
# missing (it goes down each split's majority side).
# Run from the repository root: Rscript scripts/gen-fixtures-trees3.R
suppressMessages(library(rpart))
rdna <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = TRUE,
	na.strings = c("NA", ""))
out <- "tests/cli/expect/t6610"
dir.create(out, showWarnings = FALSE)
ctl <- function(...) rpart.control(xval = 0, maxcompete = 0, ...)
num <- function(x) ifelse(is.na(x), NA, sprintf("%.17g", x))
anova_csv <- function(fit, new, name)
	write.csv(data.frame(fitted = num(predict(fit, new))),
		file.path(out, paste0("rpart-", name, ".csv")),
		row.names = FALSE, quote = FALSE, na = "")
class_csv <- function(fit, new, name) {
	p <- predict(fit, new, type = "prob")
	d <- data.frame(predicted = as.character(predict(fit, new,
		type = "class")))
	for (l in colnames(p))
		d[[paste0("prob_", l)]] <- num(p[, l])
	write.csv(d, file.path(out, paste0("rpart-", name, ".csv")),
		row.names = FALSE, quote = FALSE, na = "")
}

aq <- rdna("airquality.csv")
new <- aq[c(5, 6, 10, 27, 45), ]
new[5, c("Solar.R", "Wind", "Temp", "Month", "Day")] <- NA
write.csv(new, "testdata/airquality-new.csv", row.names = FALSE,
	quote = FALSE, na = "")
new <- rdna("airquality-new.csv")
kna <- rdna("kyphosis-na.csv")
gna <- rdna("tree-gen-na.csv")

fit <- rpart(Ozone ~ ., aq, control = ctl())
anova_csv(fit, aq, "airquality")
anova_csv(fit, new, "airquality-new")
anova_csv(rpart(Ozone ~ ., aq, control = ctl(maxsurrogate = 0)), aq,
	"airquality-sur0")
anova_csv(rpart(Ozone ~ ., aq, control = ctl(cp = 0.001, minsplit = 8)), aq,
	"airquality-deep")
class_csv(rpart(Kyphosis ~ Age + Number + Start, kna, control = ctl()), kna,
	"kyphosis")
class_csv(rpart(Kyphosis ~ Age + Number + Start, kna,
	control = ctl(minsplit = 10, cp = 0.005)), kna, "kyphosis-deep")
G <- y ~ x1 + x2 + x3 + c2 + c4 + c6
anova_csv(rpart(G, gna, control = ctl(cp = 0.005)), gna, "gen-anova")
class_csv(rpart(update(G, cls ~ .), gna, control = ctl(cp = 0.005)), gna,
	"gen-class")
