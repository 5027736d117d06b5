# gen-fixtures-wrangle.R: the expected outputs of the wrangling verbs
# (sort, join, bin) computed by R on the same data, for the golden tests
# t6100-sort.sh, t6110-join.sh and the unit fixture of cut() labels.
# Run from the repository root: Rscript scripts/gen-fixtures-wrangle.R
# Cells are read and written as text, so the expected files hold the
# input's bytes, as statpipe passes them through.

out <- function(df, file) {
	df[] <- lapply(df, function(c) ifelse(is.na(c), "", c))
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
