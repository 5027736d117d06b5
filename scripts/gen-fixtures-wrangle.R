# gen-fixtures-wrangle.R: the expected outputs of the wrangling verbs
# (sort, join, bin) computed by R on the same data, for the golden tests
# t6100-sort.sh, t6110-join.sh and the unit fixture of cut() labels.
# Run from the repository root: Rscript scripts/gen-fixtures-wrangle.R
# Cells are read and written as text, so the expected files hold the
# input's bytes, as statpipe passes them through.

# CSV as statpipe writes it: quotes only where needed
quote <- function(c) ifelse(grepl("[,\"]", c),
    paste0('"', gsub('"', '""', c), '"'), c)
# numbers in the shortest form that reads back, as statpipe prints them
shortest <- function(x) vapply(x, function(v) {
	if (v == round(v) && abs(v) < 1e15) return(sprintf("%.0f", v))
	for (d in 1:17) {
		s <- sprintf("%.*g", d, v)
		if (as.numeric(s) == v) return(s)
	}
	sprintf("%.17g", v)
}, "")
out <- function(df, file) {
	df[] <- lapply(df, function(c) quote(ifelse(is.na(c), "", c)))
	writeLines(c(paste(names(df), collapse = ","),
	    if (nrow(df)) do.call(paste, c(df, sep = ","))), file)
}
txt <- function(file) read.csv(file, colClasses = "character",
    na.strings = character(0), check.names = FALSE)
missing <- function(s) s %in% c("", "NA", "N/A", "NaN", "null")

## sort: order() is stable; numbers as numbers, NA last
s <- txt("testdata/wrangle-sort.csv")
num <- suppressWarnings(as.numeric(ifelse(missing(s$num), NA, s$num)))
e <- "tests/cli/expect/t6100"
out(s[order(num, method = "radix"), ], file.path(e, "numeric.out"))
out(s[order(-num, method = "radix"), ], file.path(e, "numeric-desc.out"))
# "mixed" has text: bytes (C locale), missing last
mx <- ifelse(missing(s$mixed), NA, s$mixed)
out(s[order(mx, method = "radix"), ], file.path(e, "mixed-bytes.out"))
out(s[order(s$grp, -num, method = "radix"), ], file.path(e, "two-keys.out"))
out(s[order(!is.na(num), num, method = "radix"), ],
    file.path(e, "na-first.out"))

## join: merge() with NA keys matching, as R does by default
L <- read.csv("testdata/join-left.csv", colClasses = c(k = "numeric",
    a = "character", v = "character"))
R <- read.csv("testdata/join-right.csv", colClasses = c(k = "numeric",
    b = "character", v = "character"))
L$.l <- seq_len(nrow(L))
R$.r <- seq_len(nrow(R))
e <- "tests/cli/expect/t6110"
# rows in a fixed order (the golden test sorts statpipe's the same way):
# by every column as bytes, missing last
canon <- function(m) {
	m$k <- ifelse(is.na(m$k), "NA", format(m$k, trim = TRUE))
	m <- m[, c("k", "a", "v_x", "b", "v_y")]
	keys <- lapply(m, function(c) ifelse(missing(c) | is.na(c), NA, c))
	m[do.call(order, c(keys, method = "radix")), ]
}
kinds <- list(inner = c(FALSE, FALSE), left = c(TRUE, FALSE),
    right = c(FALSE, TRUE), full = c(TRUE, TRUE))
for (how in names(kinds)) {
	m <- merge(L, R, by = "k", all.x = kinds[[how]][1],
	    all.y = kinds[[how]][2], suffixes = c("_x", "_y"))
	out(canon(m), file.path(e, paste0(how, ".out")))
}
semi <- L[L$k %in% R$k, c("k", "a", "v")]
anti <- L[!(L$k %in% R$k), c("k", "a", "v")]
for (h in c("semi", "anti")) {
	m <- get(h)
	m$k <- ifelse(is.na(m$k), "NA", format(m$k, trim = TRUE))
	out(m, file.path(e, paste0(h, ".out")))
}

## cut(): breaks of cut(x, K), labels and codes, for tests/unit/test_cut.c
cases <- list(
	list(x = c(0, 5, 10, 15, 20), breaks = c(0, 10, 20)),
	list(x = c(1.5, 2.25, 3), breaks = 3),
	list(x = c(0.001234, 1000.5, 12345.678), breaks = 4),
	list(x = 1:10, breaks = 3),
	list(x = (1:10) / 3, breaks = 3),
	list(x = c(5, 5, 5), breaks = 2),
	list(x = c(0, 0), breaks = 4),
	list(x = c(-2.5, -1, 0, 7.25), breaks = c(-5, -1, 0, 7.25, 100)),
	list(x = c(1, 1.0001, 1.0002), breaks = 2),
	list(x = c(1e-9, 2e-9, 3e-9), breaks = 2),
	list(x = c(-1e6, 123456789), breaks = 5))
f <- file("tests/unit/fixtures/wrangle-cut.inc", "w")
cat("/* cut() by R: scripts/gen-fixtures-wrangle.R */\n", file = f)
for (i in seq_along(cases)) {
	cs <- cases[[i]]
	for (right in c(TRUE, FALSE)) for (low in c(FALSE, TRUE)) {
		fac <- cut(cs$x, cs$breaks, right = right, include.lowest = low)
		br <- if (length(cs$breaks) == 1) {
			# cut's own breaks, recovered as cut.default makes them
			nb <- as.integer(cs$breaks + 1)
			rx <- range(cs$x); dx <- diff(rx)
			if (dx == 0) {
				dx <- if (rx[1] != 0) abs(rx[1]) else 1
				seq.int(rx[1] - dx/1000, rx[2] + dx/1000, length.out = nb)
			} else {
				b <- seq.int(rx[1], rx[2], length.out = nb)
				b[c(1, nb)] <- c(rx[1] - dx/1000, rx[2] + dx/1000)
				b
			}
		} else cs$breaks
		cat(sprintf("{ %d, %d, %d, %d, { %s }, %d, { %s }, { %s }, { %s } },\n",
		    length(cs$breaks) == 1, as.integer(right), as.integer(low),
		    length(cs$x), paste(sprintf("%.17g", cs$x), collapse = ", "),
		    length(br), paste(sprintf("%.17g", br), collapse = ", "),
		    paste0('"', levels(fac), '"', collapse = ", "),
		    paste(ifelse(is.na(fac), -1L, as.integer(fac) - 1L),
		    collapse = ", ")), file = f)
	}
}
close(f)

## head, tail by group; uniq; freq; bin (t6120 ... t6150), on mtcars
m <- txt("testdata/mtcars.csv")
e <- "tests/cli/expect/t6120"
dir.create(e, showWarnings = FALSE)
pos <- ave(seq_len(nrow(m)), m$cyl, FUN = seq_along)
cnt <- ave(seq_len(nrow(m)), m$cyl, FUN = length)
out(m[pos <= 2, ], file.path(e, "head-groups.out"))
out(m[pos > cnt - 2, ], file.path(e, "tail-groups.out"))
out(head(m, 5), file.path(e, "head.out"))
out(tail(m, 3), file.path(e, "tail.out"))
e <- "tests/cli/expect/t6140"
dir.create(e, showWarnings = FALSE)
k <- paste(m$cyl, m$gear)
u <- m[!duplicated(k), ]
u$n <- as.vector(table(k)[paste(u$cyl, u$gear)])
out(u, file.path(e, "count.out"))
out(m[!duplicated(k, fromLast = TRUE), ], file.path(e, "keep-last.out"))
e <- "tests/cli/expect/t6130"
dir.create(e, showWarnings = FALSE)
freq <- function(x, by_value = FALSE) {
	lv <- unique(x)
	n <- as.vector(table(factor(x, levels = lv)))
	o <- if (by_value) order(as.numeric(lv)) else order(-n)
	data.frame(v = lv[o], count = n[o], percent = shortest(n[o] / sum(n) * 100),
	    cum_percent = shortest(cumsum(n[o]) / sum(n) * 100))
}
f <- freq(m$carb); names(f)[1] <- "carb"
out(f, file.path(e, "carb.out"))
f <- freq(m$carb, TRUE); names(f)[1] <- "carb"
out(f, file.path(e, "by-value.out"))
e <- "tests/cli/expect/t6150"
dir.create(e, showWarnings = FALSE)
mpg <- as.numeric(m$mpg)
b <- m; b$mpg_bin <- as.character(cut(mpg, 3))
out(b, file.path(e, "bins.out"))
b <- m; b$mpg_bin <- as.character(cut(mpg, quantile(mpg), include.lowest = TRUE))
out(b, file.path(e, "quantiles.out"))
b <- m; b$mpg_bin <- as.character(cut(mpg, c(10, 15, 20, 25, 35), right = FALSE))
out(b, file.path(e, "breaks-left.out"))
b <- m; b$mpg_bin <- as.character(cut(mpg, c(10.4, 20, 33.9), include.lowest = TRUE))
out(b, file.path(e, "include-lowest.out"))

## sample --weight: the chance that each item is in a weighted sample of 2
## without replacement, as R's sample(prob =) draws (one item at a time,
## chance w / (weights left)), by enumerating the ordered pairs
w <- c(1, 2, 3, 0, 4, 0.5)
p <- w / sum(w)
incl <- numeric(length(w))
for (i in seq_along(w)) for (j in seq_along(w)) if (i != j && p[i] > 0) {
	pij <- p[i] * p[j] / (1 - p[i])
	incl[i] <- incl[i] + pij
	incl[j] <- incl[j] + pij
}
f <- file("tests/unit/fixtures/wrangle-sample.inc", "w")
cat("/* sample(prob =) by R: scripts/gen-fixtures-wrangle.R */\n", file = f)
cat(sprintf("static const double weight[] = { %s };\n",
    paste(w, collapse = ", ")), file = f)
cat(sprintf("static const double inclusion2[] = { %s };\n",
    paste(sprintf("%.17g", incl), collapse = ", ")), file = f)
close(f)

## fill --mean, --median: na.rm means and medians, by group or not
e <- "tests/cli/expect/t6500"
dir.create(e, showWarnings = FALSE, recursive = TRUE)
fl <- txt("testdata/fill.csv")
raw <- fl
fill_num <- function(cells, fun) {
	x <- suppressWarnings(as.numeric(ifelse(missing(cells), NA, cells)))
	v <- fun(x[!is.na(x)])
	if (all(is.na(x))) return(cells)
	ifelse(missing(cells), shortest(v), cells)
}
numeric_col <- function(c) all(missing(c) |
    !is.na(suppressWarnings(as.numeric(c))))
whole <- function(fun) {
	r <- raw
	for (n in names(r)) if (numeric_col(r[[n]])) r[[n]] <- fill_num(r[[n]], fun)
	r
}
out(whole(mean), file.path(e, "mean.out"))
out(whole(median), file.path(e, "median.out"))
byg <- function(fun, cols) {
	r <- raw
	for (n in cols) r[[n]] <- ave(r[[n]], r$g, FUN = function(c) fill_num(c, fun))
	r
}
out(byg(mean, c("x", "y")), file.path(e, "mean-groups.out"))
out(byg(median, c("x", "y")), file.path(e, "median-groups.out"))

## join's key types (t7000), duplicates and missing keys on both sides,
## every kind by merge() on keys made comparable by join's rule
## (man/statpipe-join.1): keys compare as text, except that when every key
## of the held input (the smaller file) is a number, a number of the
## streamed input compares as a number (1 = 1.0 = 01); missing keys match
## each other, as merge() matches NA.  With both columns text, or both
## numbers, this is merge() on the columns read as text or as numbers; a
## streamed column with text against held numbers is where R differs (it
## compares as text).  Each row has an id (a left, b right): the expected
## files are the ids of merge()'s rows, sorted as bytes.
e <- "tests/cli/expect/t7000"
dir.create(e, showWarnings = FALSE, recursive = TRUE)
keyed <- function(file) {
	d <- txt(file)
	d$k <- ifelse(missing(d$k), NA, d$k)
	d
}
is_num <- function(k) !is.na(suppressWarnings(as.numeric(k)))
as_key <- function(k, numbers) ifelse(is.na(k), NA,
    ifelse(numbers & is_num(k),
	paste0("n:", sprintf("%.17g", suppressWarnings(as.numeric(k)))),
	paste0("t:", k)))
ids <- function(m, cols) {
	m <- m[, cols, drop = FALSE]
	m[do.call(order, c(unname(as.list(m)), method = "radix")), ,
	    drop = FALSE]
}
pairs <- list(
	text = c("testdata/join-text-left.csv", "testdata/join-text-right.csv"),
	"text-number" = c("testdata/join-text-left.csv",
	    "testdata/join-num-right.csv"),
	number = c("testdata/join-num-left.csv", "testdata/join-num-right.csv"))
for (p in names(pairs)) {
	L <- keyed(pairs[[p]][1])
	R <- keyed(pairs[[p]][2])
	held <- if (file.size(pairs[[p]][2]) <= file.size(pairs[[p]][1])) R else L
	numbers <- all(is_num(held$k[!is.na(held$k)]))
	L$k <- as_key(L$k, numbers)
	R$k <- as_key(R$k, numbers)
	for (how in names(kinds)) {
		m <- merge(L, R, by = "k", all.x = kinds[[how]][1],
		    all.y = kinds[[how]][2])
		out(ids(m, c("a", "b")), file.path(e, paste0(p, "-", how, ".out")))
	}
	# semi and anti: the left rows with (without) a match, in their order
	hit <- L$k %in% R$k
	out(L[hit, "a", drop = FALSE], file.path(e, paste0(p, "-semi.out")))
	out(L[!hit, "a", drop = FALSE], file.path(e, paste0(p, "-anti.out")))
}

## The README's usage pipeline (t7010): mean ozone per 10-degree band of
## temperature, rows without Ozone dropped, bands in order of appearance
## after sorting by Temp, as cut(include.lowest = TRUE) labels them.
e <- "tests/cli/expect/t7010"
dir.create(e, showWarnings = FALSE, recursive = TRUE)
aq <- airquality[!is.na(airquality$Ozone), ]
aq <- aq[order(aq$Temp, method = "radix"), ]
band <- as.character(cut(aq$Temp, seq(50, 100, 10), include.lowest = TRUE))
first <- unique(band)
out(data.frame(temp = first,
    Ozone_mean = shortest(sapply(first, function(b) mean(aq$Ozone[band == b]))),
    count = sapply(first, function(b) sum(band == b)), check.names = FALSE),
    file.path(e, "table.out"))

## bin (t7020): the cases t6150 leaves to goldens, by cut(): --width
## (breaks at the multiples of the width that cover the values, with
## include.lowest), --left with each way, values outside the breaks, a
## constant column, missing values; the two-pass ways also from stdin.
e <- "tests/cli/expect/t7020"
dir.create(e, showWarnings = FALSE, recursive = TRUE)
binned <- function(d, col, f, as = paste0(col, "_bin")) {
	d[[as]] <- as.character(f(suppressWarnings(as.numeric(
	    ifelse(missing(d[[col]]), NA, d[[col]])))))
	d
}
width_breaks <- function(x, w) {
	x <- x[!is.na(x)]
	first <- floor(min(x) / w) * w
	first + (0:max(1, ceiling((max(x) - first) / w))) * w
}
aq <- txt("testdata/airquality.csv")
mt <- txt("testdata/mtcars.csv")
w <- function(x, wd, right = TRUE)
	cut(x, width_breaks(x, wd), right = right, include.lowest = TRUE)
out(binned(aq, "Ozone", function(x) w(x, 50)), file.path(e, "width.out"))
out(binned(aq, "Ozone", function(x) w(x, 50, FALSE)),
    file.path(e, "width-left.out"))
out(binned(mt, "drat", function(x) w(x, 0.5)), file.path(e, "width-frac.out"))
out(binned(aq, "Wind", function(x) w(x, 2.5)), file.path(e, "width-stdin.out"))
out(binned(mt, "mpg", function(x) cut(x, 3, right = FALSE)),
    file.path(e, "bins-left.out"))
out(binned(aq, "Temp", function(x) cut(x, 4)), file.path(e, "bins-stdin.out"))
out(binned(mt, "mpg", function(x) cut(x, quantile(x), right = FALSE,
    include.lowest = TRUE)), file.path(e, "quantiles-left.out"))
out(binned(aq, "Solar.R", function(x) cut(x, quantile(x, 0:5 / 5,
    na.rm = TRUE), include.lowest = TRUE)), file.path(e, "quantiles-stdin.out"))
out(binned(mt, "mpg", function(x) cut(x, c(15, 20))),
    file.path(e, "outside.out"))
out(binned(mt, "vs", function(x) cut(x, c(0, 1), right = FALSE)),
    file.path(e, "outside-left.out"))
out(binned(mt, "cyl", function(x) cut(x, 2), "c"),
    file.path(e, "bins-few-values.out"))
cst <- data.frame(id = c("a", "b", "c"), v = c("5", "5", "5"))
out(binned(cst, "v", function(x) cut(x, 2)), file.path(e, "constant.out"))
