# Reference values of statpipe metrics (tests/cli/t6310-metrics.sh) by base
# R formulas (caret's confusionMatrix and pROC's auc/ci.auc(method =
# "delong") definitions, written out: neither package is needed), and the
# data sets they are computed on.  Run from the repository root:
#   Rscript scripts/gen-fixtures-metrics.R
out <- "tests/cli/expect/t6310"
num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
set.seed(6310)

# two classes with a probability of "yes", some ties in it
n <- 300
truth <- factor(sample(c("no", "yes"), n, replace = TRUE, prob = c(0.6, 0.4)))
p <- round(plogis(qlogis(0.4) + 1.6 * (truth == "yes") + rnorm(n)), 2)
pred <- ifelse(p >= 0.5, "yes", "no")
bin <- data.frame(truth = truth, pred = pred, prob_no = 1 - p, prob_yes = p)
write.csv(bin, "testdata/metrics-bin.csv", row.names = FALSE, quote = FALSE)

# three classes with one probability column each
n <- 240
lv <- c("a", "b", "c")
truth <- sample(lv, n, replace = TRUE)
s <- matrix(rnorm(3 * n), n) + 1.2 * outer(truth, lv, "==")
P <- exp(s) / rowSums(exp(s))
P <- round(P, 3)
P[, 3] <- 1 - P[, 1] - P[, 2]
pred <- lv[max.col(P, ties.method = "first")]
multi <- data.frame(truth = truth, pred = pred, prob_a = P[, 1], prob_b = P[, 2],
	prob_c = P[, 3])
write.csv(multi, "testdata/metrics-multi.csv", row.names = FALSE, quote = FALSE)

# numbers
n <- 150
y <- round(rnorm(n, 10, 3), 2)
yhat <- round(0.8 * y + 2 + rnorm(n), 2)
y[7] <- 0
reg <- data.frame(y = y, yhat = yhat)
write.csv(reg, "testdata/metrics-reg.csv", row.names = FALSE, quote = FALSE)

class_ref <- function(truth, pred, lev, name, prob = NULL, pos = NULL) {
	truth <- factor(truth, levels = lev)
	pred <- factor(pred, levels = lev)
	cm <- table(truth, pred)
	n <- sum(cm)
	rt <- rowSums(cm); ct <- colSums(cm); tp <- diag(cm)
	po <- sum(tp) / n; pe <- sum(rt * ct) / n^2
	prec <- tp / ct; rec <- tp / rt; f1 <- 2 * prec * rec / (prec + rec)
	r <- data.frame(metric = c("n", "accuracy", "balanced_accuracy", "kappa"),
		class = "", estimate = c(n, po, mean(rec), (po - pe) / (1 - pe)),
		conf_low = NA, conf_high = NA)
	for (i in seq_along(lev))
		r <- rbind(r, data.frame(metric = c("precision", "recall", "f1", "support"),
			class = lev[i], estimate = c(prec[i], rec[i], f1[i], rt[i]),
			conf_low = NA, conf_high = NA))
	r <- rbind(r, data.frame(metric = c("precision", "recall", "f1"), class = "macro",
		estimate = c(mean(prec), mean(rec), mean(f1)), conf_low = NA, conf_high = NA))
	r <- rbind(r, data.frame(metric = c("precision", "recall", "f1"), class = "weighted",
		estimate = c(sum(prec * rt), sum(rec * rt), sum(f1 * rt)) / n,
		conf_low = NA, conf_high = NA))
	if (!is.null(prob)) {
		if (is.null(dim(prob))) {
			y <- as.numeric(truth == pos)
			# Mann-Whitney AUC and DeLong's variance (pROC)
			x1 <- prob[y == 1]; x0 <- prob[y == 0]
			psi <- outer(x1, x0, function(a, b) (a > b) + 0.5 * (a == b))
			auc <- mean(psi)
			v10 <- rowMeans(psi); v01 <- colMeans(psi)
			se <- sqrt(var(v10) / length(x1) + var(v01) / length(x0))
			z <- qnorm(0.975)
			r <- rbind(r, data.frame(metric = "auc", class = pos, estimate = auc,
				conf_low = max(0, auc - z * se), conf_high = min(1, auc + z * se)))
			pc <- pmin(pmax(prob, 1e-15), 1 - 1e-15)
			ll <- -mean(y * log(pc) + (1 - y) * log(1 - pc))
			br <- mean((prob - y)^2)
		} else {
			Y <- outer(as.character(truth), lev, "==") + 0
			pt <- pmin(pmax(rowSums(prob * Y), 1e-15), 1 - 1e-15)
			ll <- -mean(log(pt))
			br <- mean(rowSums((prob - Y)^2))
		}
		r <- rbind(r, data.frame(metric = c("log_loss", "brier"), class = "",
			estimate = c(ll, br), conf_low = NA, conf_high = NA))
	}
	r$estimate <- num(r$estimate); r$conf_low <- num(r$conf_low)
	r$conf_high <- num(r$conf_high)
	write.csv(r, file.path(out, paste0("ref-", name, ".csv")), row.names = FALSE)
	write.csv(cbind(truth = lev, as.data.frame.matrix(cm)),
		file.path(out, paste0("ref-", name, "-confusion.csv")), row.names = FALSE)
}
class_ref(bin$truth, bin$pred, c("no", "yes"), "bin", bin$prob_yes, "yes")
class_ref(bin$truth, bin$pred, c("no", "yes"), "bin-no", bin$prob_no, "no")
class_ref(multi$truth, multi$pred, lv, "multi", as.matrix(multi[, 3:5]))
ir <- read.csv("testdata/iris.csv")
# an iris prediction with one class never predicted (undefined precision)
i2 <- data.frame(truth = ir$Species,
	pred = ifelse(ir$Petal.Length < 2.45, "setosa", "versicolor"))
write.csv(i2, "testdata/metrics-iris2.csv", row.names = FALSE, quote = FALSE)
class_ref(i2$truth, i2$pred, sort(unique(ir$Species)), "iris-two")

e <- reg$y - reg$yhat
nz <- reg$y != 0
r <- data.frame(metric = c("n", "rmse", "mae", "mape", "r_squared", "cor_squared",
	"explained_variance"),
	estimate = num(c(nrow(reg), sqrt(mean(e^2)), mean(abs(e)),
		100 * mean(abs(e[nz] / reg$y[nz])),
		1 - sum(e^2) / sum((reg$y - mean(reg$y))^2), cor(reg$y, reg$yhat)^2,
		1 - var(e) / var(reg$y))))
write.csv(r, file.path(out, "ref-reg.csv"), row.names = FALSE)
