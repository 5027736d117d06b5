# Reference frames of R's rpart for tests/cli/t6300-tree.sh, and the data
# sets they need (testdata/kyphosis.csv from rpart, testdata/tree-gen.csv
# generated).  Run from the repository root:
#   Rscript scripts/gen-fixtures-tree.R
# Each tests/cli/expect/t6300/rpart-NAME.csv has one row per node of
# rpart(..., xval = 0, maxsurrogate = 0) in the columns of statpipe tree:
# node,parent,depth,split,n,loss,yval,prob_*,var,complexity.
# tests/cli/expect/t6600 has the fits of data with missing values by
# surrogate splits (rpart's defaults: maxsurrogate = 5, usesurrogate = 2,
# surrogatestyle = 0; no competitors), with rpart-NAME-splits.csv the
# primary and surrogate splits as statpipe tree --splits prints them, and
# testdata/kyphosis-na.csv and tree-gen-na.csv, the data with NAs put in.
suppressMessages(library(rpart))
Sys.setlocale("LC_COLLATE", "C")
rd <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = TRUE)
# the shortest decimal that reads back to x (as statpipe prints)
shortest <- function(x) {
	for (d in 1:17) {
		s <- sprintf("%.*g", d, x)
		if (as.numeric(s) == x)
			return(if (d <= 15) as.character(as.numeric(s)) else s)
	}
	sprintf("%.17g", x)
}
num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))
frame_csv <- function(fit, name, out = "tests/cli/expect/t6300") {
	ff <- fit$frame
	id <- as.integer(rownames(ff))
	lev <- attr(fit, "ylevels")
	sp <- fit$splits
	# the split of each internal node, from the splits matrix (no
	# competitors or surrogates are kept: one row per split)
	internal <- which(ff$var != "<leaf>")
	# the primary split of each internal node in the splits matrix
	pri <- 1 + cumsum(c(0, 1 + ff$ncompete[internal] +
		ff$nsurrogate[internal]))[seq_along(internal)]
	txt <- character(length(id))
	txt[1] <- "root"
	xl <- attr(fit, "xlevels")
	for (k in seq_along(internal)) {
		i <- internal[k]
		v <- as.character(ff$var[i])
		s <- sp[pri[k], ]
		kids <- match(c(2 * id[i], 2 * id[i] + 1), id)
		if (s["ncat"] == -1 || s["ncat"] == 1) {
			cut <- shortest(s["index"])
			lt <- s["ncat"] == -1	# "<" goes left
			txt[kids[1]] <- paste(v, if (lt) "<" else ">=", cut)
			txt[kids[2]] <- paste(v, if (lt) ">=" else "<", cut)
		} else {
			dir <- fit$csplit[s["index"], ]
			L <- xl[[v]]
			txt[kids[1]] <- paste(v, "=", paste(L[dir == 1], collapse = ","))
			txt[kids[2]] <- paste(v, "=", paste(L[dir == 3], collapse = ","))
		}
	}
	parent <- ifelse(id == 1, NA, id %/% 2)
	depth <- floor(log2(id) + 1e-9)
	d <- data.frame(node = id, parent = num(parent), depth = depth,
		split = txt, n = ff$n, loss = num(ff$dev))
	if (fit$method == "class") {
		d$yval <- lev[ff$yval]
		k <- length(lev)
		probs <- ff$yval2[, (k + 2):(2 * k + 1), drop = FALSE]
		for (j in seq_len(k))
			d[[paste0("prob_", lev[j])]] <- num(probs[, j])
	} else
		d$yval <- num(ff$yval)
	d$var <- ifelse(ff$var == "<leaf>", "", as.character(ff$var))
	d$complexity <- num(ff$complexity)
	write.csv(d, file.path(out, paste0("rpart-", name, ".csv")),
		row.names = FALSE, quote = TRUE, na = "")
	imp <- fit$variable.importance
	if (!is.null(imp))
		write.csv(data.frame(variable = names(imp), importance = num(imp)),
			file.path(out, paste0("rpart-", name, "-importance.csv")),
			row.names = FALSE, quote = TRUE)
	cpt <- fit$cptable
	write.csv(data.frame(cp = num(cpt[, "CP"]), nsplit = cpt[, "nsplit"],
		rel_error = num(cpt[, "rel error"])),
		file.path(out, paste0("rpart-", name, "-cptable.csv")),
		row.names = FALSE, quote = TRUE)
}
ctl <- function(...) rpart.control(xval = 0, maxsurrogate = 0, maxcompete = 0, ...)

data(kyphosis, package = "rpart")
write.csv(kyphosis, "testdata/kyphosis.csv", row.names = FALSE, quote = FALSE)

# a generated set: numeric and categorical predictors (2, 4 and 6 levels),
# a 3-class and a numeric response
set.seed(6300)
n <- 2000
g <- data.frame(
	x1 = round(rnorm(n), 3),
	x2 = round(runif(n, 0, 10), 2),
	x3 = sample(0:20, n, replace = TRUE),
	c2 = factor(sample(c("no", "yes"), n, replace = TRUE)),
	c4 = factor(sample(c("a", "b", "c", "d"), n, replace = TRUE)),
	c6 = factor(sample(c("p", "q", "r", "s", "t", "u"), n, replace = TRUE)))
eta <- 2 * g$x1 + 0.3 * g$x2 + (g$c4 %in% c("b", "d")) * 1.5 +
	(g$c6 %in% c("q", "t", "u")) - (g$c2 == "yes") * 0.8
g$y <- round(eta + rnorm(n), 3)
g$cls <- factor(cut(eta + rnorm(n), c(-Inf, 0, 2.5, Inf), labels = c("lo", "mid", "hi")),
	levels = c("hi", "lo", "mid"))
g$bin <- factor(ifelse(eta + rnorm(n) > 1.5, "pos", "neg"))
write.csv(g, "testdata/tree-gen.csv", row.names = FALSE, quote = FALSE)
g <- rd("tree-gen.csv")

ir <- rd("iris.csv")
mt <- rd("mtcars.csv")
ky <- rd("kyphosis.csv")
frame_csv(rpart(Species ~ ., ir, control = ctl()), "iris")
frame_csv(rpart(Species ~ ., ir, control = ctl(cp = 0, minsplit = 5)), "iris-deep")
frame_csv(rpart(mpg ~ cyl + disp + hp + drat + wt + qsec + vs + am + gear + carb,
	mt, control = ctl()), "mtcars")
frame_csv(rpart(mpg ~ cyl + disp + hp + drat + wt + qsec + vs + am + gear + carb,
	mt, control = ctl(minsplit = 6, cp = 0.001)), "mtcars-deep")
frame_csv(rpart(Kyphosis ~ Age + Number + Start, ky, control = ctl()), "kyphosis")
frame_csv(rpart(Kyphosis ~ Age + Number + Start, ky,
	control = ctl(minsplit = 10, cp = 0.005)), "kyphosis-deep")
frame_csv(rpart(y ~ x1 + x2 + x3 + c2 + c4 + c6, g, control = ctl(cp = 0.002)), "gen-anova")
frame_csv(rpart(cls ~ x1 + x2 + x3 + c2 + c4 + c6, g, control = ctl(cp = 0.002)), "gen-class")
frame_csv(rpart(bin ~ x1 + x2 + x3 + c2 + c4 + c6, g, control = ctl(cp = 0.003)), "gen-binary")
frame_csv(rpart(y ~ x1 + c4 + c6, g, control = ctl(maxdepth = 3, cp = 0)), "gen-depth")
# prune.rpart at a cp
frame_csv(prune(rpart(cls ~ x1 + x2 + x3 + c2 + c4 + c6, g, control = ctl(cp = 0.002)), cp = 0.01),
	"gen-class-pruned")
frame_csv(prune(rpart(Kyphosis ~ Age + Number + Start, ky,
	control = ctl(minsplit = 10, cp = 0.005)), cp = 0.05), "kyphosis-pruned")

# The primary and surrogate splits of each internal node, as statpipe
# tree --splits: node,role,variable,count,ncat,improve,adj,left (the rule
# that sends a row left).
splits_csv <- function(fit, name, out = "tests/cli/expect/t6600") {
	ff <- fit$frame
	id <- as.integer(rownames(ff))
	sp <- fit$splits
	xl <- attr(fit, "xlevels")
	rows <- list()
	at <- 1
	for (i in which(ff$var != "<leaf>")) {
		for (r in at - 1 + c(1, 1 + ff$ncompete[i] + seq_len(ff$nsurrogate[i]))) {
			v <- rownames(sp)[r]
			s <- sp[r, ]
			if (is.null(xl[[v]]))
				left <- paste(v, if (s["ncat"] == -1) "<" else ">=",
					shortest(s["index"]))
			else
				left <- paste(v, "=", paste(xl[[v]][fit$csplit[s["index"], ] == 1],
					collapse = ","))
			primary <- r == at
			rows[[length(rows) + 1]] <- data.frame(node = id[i],
				role = if (primary) "primary" else "surrogate",
				variable = v, count = s["count"], ncat = s["ncat"],
				improve = num(s["improve"]),
				adj = if (primary) "" else num(s["adj"]), left = left)
		}
		at <- at + 1 + ff$ncompete[i] + ff$nsurrogate[i]
	}
	write.csv(do.call(rbind, rows), file.path(out, paste0("rpart-", name,
		"-splits.csv")), row.names = FALSE, quote = TRUE, na = "")
}
sur <- function(fit, name) {
	frame_csv(fit, name, "tests/cli/expect/t6600")
	splits_csv(fit, name)
}
sctl <- function(...) rpart.control(xval = 0, maxcompete = 0, ...)
rdna <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = TRUE,
	na.strings = c("NA", ""))
dir.create("tests/cli/expect/t6600", showWarnings = FALSE)

# kyphosis and the generated set with about one value in eight missing
set.seed(6600)
kna <- ky
for (v in c("Age", "Number", "Start"))
	kna[[v]][runif(nrow(kna)) < 0.12] <- NA
write.csv(kna, "testdata/kyphosis-na.csv", row.names = FALSE, quote = FALSE,
	na = "")
gna <- g[1:600, ]
for (v in c("x1", "x2", "x3", "c4", "c6"))
	gna[[v]][runif(nrow(gna)) < 0.12] <- NA
write.csv(gna, "testdata/tree-gen-na.csv", row.names = FALSE, quote = FALSE,
	na = "")
kna <- rdna("kyphosis-na.csv")
gna <- rdna("tree-gen-na.csv")
aq <- rdna("airquality.csv")

sur(rpart(Ozone ~ ., aq, control = sctl()), "airquality")
sur(rpart(Ozone ~ ., aq, control = sctl(cp = 0.001, minsplit = 8)), "airquality-deep")
sur(rpart(Ozone ~ ., aq, control = sctl(maxsurrogate = 2)), "airquality-sur2")
frame_csv(rpart(Ozone ~ ., aq, control = sctl(maxsurrogate = 0)),
	"airquality-sur0", "tests/cli/expect/t6600")
sur(rpart(Kyphosis ~ Age + Number + Start, kna, control = sctl()), "kyphosis")
sur(rpart(Kyphosis ~ Age + Number + Start, kna,
	control = sctl(minsplit = 10, cp = 0.005)), "kyphosis-deep")
sur(rpart(y ~ x1 + x2 + x3 + c2 + c4 + c6, gna, control = sctl(cp = 0.005)), "gen-anova")
sur(rpart(cls ~ x1 + x2 + x3 + c2 + c4 + c6, gna, control = sctl(cp = 0.005)), "gen-class")
sur(rpart(bin ~ x1 + x2 + x3 + c2 + c4 + c6, gna, control = sctl(cp = 0.005)), "gen-binary")

# 21 levels and 3 classes: over statpipe tree's cap of 20 levels (an error)
set.seed(6601)
write.csv(data.frame(y = sample(c("a", "b", "c"), 300, replace = TRUE),
	x = sprintf("L%02d", sample(0:20, 300, replace = TRUE)),
	z = round(runif(300), 3)), "testdata/tree-manylevels.csv",
	row.names = FALSE, quote = FALSE)
