#!/usr/bin/env Rscript
# Compute in R the values of the expression-language cases of
# tests/unit/test_expr.c and print them as tests/unit/fixtures/expr.inc:
#
#   Rscript scripts/gen-fixtures-expr.R > tests/unit/fixtures/expr.inc
#   Rscript scripts/gen-fixtures-expr.R window > tests/unit/fixtures/window.inc
#
# Each case is an expression of statpipe's language and the R expression
# that means the same (R's %% for %, ifelse for ?:, gsub for replace, ...),
# evaluated with the row the test uses: x = 2.5, y = -3, n = NA,
# s = "  Mixed Case ", d = "2024-03-15".  NaN is NA in statpipe.
invisible(Sys.setlocale("LC_COLLATE", "C"))
invisible(Sys.setlocale("LC_TIME", "C"))
x <- 2.5; y <- -3; n <- NA; s <- "  Mixed Case "; d <- "2024-03-15"

cases <- list(
  # arithmetic, C's precedence, ^ right-associative above unary minus
  c("1 + 2 * 3", "1 + 2 * 3"),
  c("(1 + 2) * 3", "(1 + 2) * 3"),
  c("2 ^ 3 ^ 2", "2^3^2"),
  c("-2 ^ 2", "-2^2"),
  c("2 ^ -1", "2^-1"),
  c("10 - 4 - 3", "10 - 4 - 3"),
  c("100 / 10 / 5", "100 / 10 / 5"),
  c("2 + 3 * 4 ^ 2 / 8 % 5", "2 + (((3 * 4^2) / 8) %% 5)"),
  c("- -3", "-(-3)"),
  c("+x", "x"),
  c("7 % 3", "7 %% 3"),
  c("-7 % 3", "-7 %% 3"),
  c("7 % -3", "7 %% -3"),
  c("-7 % -3", "-7 %% -3"),
  c("5.5 % 2", "5.5 %% 2"),
  c("5 % 0", "5 %% 0"),
  c("-5 % (1 / 0)", "-5 %% Inf"),
  c("1 / 0", "1 / 0"),
  c("-1 / 0", "-1 / 0"),
  c("0 / 0", "0 / 0"),
  c("x * 2", "x * 2"),
  c("x + n", "x + n"),
  c("n * 0", "n * 0"),
  c("n ^ 0", "n^0"),
  c("1 ^ n", "1^n"),
  c("(-8) ^ (1 / 3)", "(-8)^(1/3)"),
  c("true + true", "TRUE + TRUE"),
  c("1e3 + .5", "1e3 + .5"),
  # comparisons
  c("1 < 2", "1 < 2"),
  c("2 <= 2", "2 <= 2"),
  c("3 > 4", "3 > 4"),
  c("x >= 2.5", "x >= 2.5"),
  c("x == 2.5", "x == 2.5"),
  c("x != 2.5", "x != 2.5"),
  c("n == 1", "n == 1"),
  c("\"abc\" < \"abd\"", "\"abc\" < \"abd\""),
  c("\"b\" > \"abc\"", "\"b\" > \"abc\""),
  c("\"B\" < \"a\"", "\"B\" < \"a\""),
  c("s == \"  Mixed Case \"", "s == \"  Mixed Case \""),
  c("1 < 2 == true", "(1 < 2) == TRUE"),
  # three-valued logic
  c("true && false", "TRUE && FALSE"),
  c("n > 1 && false", "n > 1 && FALSE"),
  c("false && n > 1", "FALSE && n > 1"),
  c("n > 1 || true", "n > 1 || TRUE"),
  c("n > 1 && true", "n > 1 && TRUE"),
  c("n > 1 || false", "n > 1 || FALSE"),
  c("!true", "!TRUE"),
  c("!(n > 1)", "!(n > 1)"),
  c("true || false && false", "TRUE || (FALSE && FALSE)"),
  c("!false && false", "(!FALSE) && FALSE"),
  # in, ?:, and the functions for NA
  c("x in (1, 2.5, 3)", "x %in% c(1, 2.5, 3)"),
  c("y in (-3)", "y %in% c(-3)"),
  c("\"b\" in (\"a\", \"b\")", "\"b\" %in% c(\"a\", \"b\")"),
  c("n in (1, 2)", "n %in% c(1, 2)"),
  c("n in (1, NA)", "n %in% c(1, NA)"),
  c("x > 2 ? \"big\" : \"small\"", "ifelse(x > 2, \"big\", \"small\")"),
  c("n > 1 ? 1 : 2", "ifelse(n > 1, 1, 2)"),
  c("true ? 1 : false ? 2 : 3", "1"),
  c("false ? 1 : false ? 2 : 3", "3"),
  c("is_na(n)", "is.na(n)"),
  c("is_na(x)", "is.na(x)"),
  c("is_na(0 / 0)", "is.na(0 / 0)"),
  c("coalesce(n, x)", "x"),
  c("coalesce(n, n, 7)", "7"),
  c("if_else(x > 1, 10, 20)", "ifelse(x > 1, 10, 20)"),
  c("if_else(n > 1, 10, 20)", "ifelse(n > 1, 10, 20)"),
  c("case_when(x > 3, 1, x > 2, 2, 3)", "if (x > 3) 1 else if (x > 2) 2 else 3"),
  c("case_when(n > 1, 1, 5)", "5"),
  # math
  c("abs(y)", "abs(y)"),
  c("sqrt(16)", "sqrt(16)"),
  c("sqrt(-1)", "suppressWarnings(sqrt(-1))"),
  c("exp(1)", "exp(1)"),
  c("log(10)", "log(10)"),
  c("log(8, 2)", "log(8, 2)"),
  c("log(-1)", "suppressWarnings(log(-1))"),
  c("log(0)", "log(0)"),
  c("log2(8)", "log2(8)"),
  c("log10(1000)", "log10(1000)"),
  c("log1p(1e-10)", "log1p(1e-10)"),
  c("expm1(1e-10)", "expm1(1e-10)"),
  c("floor(-2.5)", "floor(-2.5)"),
  c("ceil(-2.5)", "ceiling(-2.5)"),
  c("trunc(-2.7)", "trunc(-2.7)"),
  c("sign(y)", "sign(y)"),
  c("sign(0)", "sign(0)"),
  c("round(2.5)", "round(2.5)"),
  c("round(3.5)", "round(3.5)"),
  c("round(-2.5)", "round(-2.5)"),
  c("round(0.5)", "round(0.5)"),
  c("round(2.675, 2)", "round(2.675, 2)"),
  c("round(0.15, 1)", "round(0.15, 1)"),
  c("round(0.25, 1)", "round(0.25, 1)"),
  c("round(0.125, 2)", "round(0.125, 2)"),
  c("round(-1.005, 2)", "round(-1.005, 2)"),
  c("round(1234.5678, -2)", "round(1234.5678, -2)"),
  c("round(12345, -1)", "round(12345, -1)"),
  c("round(x)", "round(x)"),
  c("round(1 / 3, 5)", "round(1 / 3, 5)"),
  c("min(3, 1, 2)", "min(3, 1, 2)"),
  c("max(3, n)", "max(3, n)"),
  c("pmin(x, y)", "pmin(x, y)"),
  c("pmax(x, y)", "pmax(x, y)"),
  c("pow(2, 10)", "2^10"),
  c("pow(n, 0)", "n^0"),
  # conversions
  c("num(\"12.5\")", "as.numeric(\"12.5\")"),
  c("num(\"abc\")", "suppressWarnings(as.numeric(\"abc\"))"),
  c("num(true)", "as.numeric(TRUE)"),
  c("num(d)", "suppressWarnings(as.numeric(d))"),
  c("str(2.5)", "as.character(2.5)"),
  c("str(true)", "\"true\""),
  c("str(x) . \"!\"", "paste0(x, \"!\")"),
  # strings
  c("len(\"h\\xc3\\xa9llo\")", "nchar(\"h\\u00e9llo\")"),
  c("len(s)", "nchar(s)"),
  c("len(x)", "nchar(as.character(x))"),
  c("lower(\"AbC\")", "tolower(\"AbC\")"),
  c("upper(\"AbC\")", "toupper(\"AbC\")"),
  c("trim(s)", "trimws(s)"),
  c("substr(\"abcdef\", 2, 3)", "substr(\"abcdef\", 2, 4)"),
  c("substr(\"abcdef\", 0, 3)", "substr(\"abcdef\", 0, 2)"),
  c("substr(\"abcdef\", 5, 10)", "substr(\"abcdef\", 5, 14)"),
  c("substr(\"abcdef\", 3, 0)", "substr(\"abcdef\", 3, 2)"),
  c("substr(\"h\\xc3\\xa9llo\", 2, 2)", "substr(\"h\\u00e9llo\", 2, 3)"),
  c("contains(s, \"Case\")", "grepl(\"Case\", s, fixed = TRUE)"),
  c("contains(s, \"case\")", "grepl(\"case\", s, fixed = TRUE)"),
  c("startswith(\"abc\", \"ab\")", "startsWith(\"abc\", \"ab\")"),
  c("endswith(\"abc\", \"bc\")", "endsWith(\"abc\", \"bc\")"),
  c("endswith(\"abc\", \"xabc\")", "endsWith(\"abc\", \"xabc\")"),
  c("replace(\"a1b22c333\", \"[0-9]+\", \"#\")", "gsub(\"[0-9]+\", \"#\", \"a1b22c333\")"),
  c("replace(\"John Smith\", \"([A-Za-z]+) ([A-Za-z]+)\", \"\\\\2, \\\\1\")",
    "gsub(\"([A-Za-z]+) ([A-Za-z]+)\", \"\\\\2, \\\\1\", \"John Smith\")"),
  c("replace(\"abc\", \"x*\", \"-\")", "gsub(\"x*\", \"-\", \"abc\")"),
  c("replace(\"aaa\", \"^a\", \"b\")", "gsub(\"^a\", \"b\", \"aaa\")"),
  c("replace(s, \"[[:space:]]+\", \"_\")", "gsub(\"[[:space:]]+\", \"_\", s)"),
  c("matches(\"abc123\", \"^[a-z]+[0-9]+$\")", "grepl(\"^[a-z]+[0-9]+$\", \"abc123\")"),
  c("matches(s, \"^[0-9]\")", "grepl(\"^[0-9]\", s)"),
  c("matches(d, \"^2024-(0[1-9]|1[0-2])\")", "grepl(\"^2024-(0[1-9]|1[0-2])\", d)"),
  c("split_part(\"a,b,c\", \",\", 2)", "strsplit(\"a,b,c\", \",\", fixed = TRUE)[[1]][2]"),
  c("split_part(\"a,b,c\", \",\", 4)", "strsplit(\"a,b,c\", \",\", fixed = TRUE)[[1]][4]"),
  c("split_part(\"a::b\", \"::\", 2)", "strsplit(\"a::b\", \"::\", fixed = TRUE)[[1]][2]"),
  c("split_part(d, \"-\", 1)", "strsplit(d, \"-\", fixed = TRUE)[[1]][1]"),
  c("concat(\"a\", 1, true)", "paste0(\"a\", 1, \"true\")"),
  c("\"x\" . \"y\" . 1.5", "paste0(\"x\", \"y\", 1.5)"),
  c("concat(\"a\", n)", "NA_character_"),
  c("\"tab\\there\"", "\"tab\\there\""),
  c("\"q\\\"\\\\\"", "\"q\\\"\\\\\""),
  c("\"\\101\\x42\"", "\"AB\""),
  # dates: days since 1970-01-01, seconds for datetime
  c("date(d, \"%Y-%m-%d\")", "as.numeric(as.Date(d))"),
  c("date(\"15/03/2024\", \"%d/%m/%Y\")", "as.numeric(as.Date(\"15/03/2024\", \"%d/%m/%Y\"))"),
  c("date(\"1969-12-31\", \"%Y-%m-%d\")", "as.numeric(as.Date(\"1969-12-31\"))"),
  c("date(\"2024-02-30\", \"%Y-%m-%d\")", "as.numeric(as.Date(\"2024-02-30\", optional = TRUE))"),
  c("date(\"bad\", \"%Y-%m-%d\")", "as.numeric(as.Date(\"bad\", optional = TRUE))"),
  c("datetime(\"2024-03-15 13:45:10\", \"%Y-%m-%d %H:%M:%S\")",
    "as.numeric(as.POSIXct(\"2024-03-15 13:45:10\", tz = \"UTC\"))"),
  c("format_date(19797, \"%d %b %Y\")", "format(as.Date(19797, origin = \"1970-01-01\"), \"%d %b %Y\")"),
  c("format_date(date(d, \"%Y-%m-%d\") + 30, \"%Y-%m-%d\")", "format(as.Date(d) + 30)"),
  c("year(19797)", "as.numeric(format(as.Date(19797, origin = \"1970-01-01\"), \"%Y\"))"),
  c("month(19797)", "as.numeric(format(as.Date(19797, origin = \"1970-01-01\"), \"%m\"))"),
  c("day(19797)", "as.numeric(format(as.Date(19797, origin = \"1970-01-01\"), \"%d\"))"),
  c("weekday(19797)", "as.numeric(format(as.Date(19797, origin = \"1970-01-01\"), \"%u\"))"),
  c("weekday(date(\"2024-03-17\", \"%Y-%m-%d\"))", "as.numeric(format(as.Date(\"2024-03-17\"), \"%u\"))"),
  c("year(-1)", "as.numeric(format(as.Date(-1, origin = \"1970-01-01\"), \"%Y\"))"),
  c("hour(datetime(\"2024-03-15 13:45:10\", \"%Y-%m-%d %H:%M:%S\"))",
    "as.numeric(format(as.POSIXct(\"2024-03-15 13:45:10\", tz = \"UTC\"), \"%H\"))")
)

cstr <- function(s) {
  b <- as.integer(charToRaw(enc2utf8(s)))
  paste0("\"", paste(vapply(b, function(c) {
    if (c == 34) "\\\"" else if (c == 92) "\\\\" else if (c < 32 || c > 126)
      sprintf("\\%03o", c) else rawToChar(as.raw(c))
  }, ""), collapse = ""), "\"")
}

cat("/* Generated by scripts/gen-fixtures-expr.R from R ", R.version$major,
    ".", R.version$minor, ": do not edit. */\n", sep = "")

# With the argument "window": the window functions of test_expr.c over x in
# two interleaved groups g, with an NA (tests/unit/fixtures/window.inc).
if (identical(commandArgs(TRUE)[1], "window")) {
  x <- c(1, 10, 3, NA, 1, 30, 5, 10, 3)
  g <- c(0, 1, 0, 1, 0, 1, 0, 1, 0)
  leadn <- function(v, k) if (length(v) <= k) rep(NA, length(v)) else
    c(v[-seq_len(k)], rep(NA, k))
  min_rank <- function(v) rank(v, ties.method = "min", na.last = "keep")
  dense <- function(v) match(v, sort(unique(v)))
  ntile <- function(v, n) {   # dplyr 1.1's ntile()
    v <- min_rank(v)
    len <- sum(!is.na(v))
    n_larger <- len %% n; n_smaller <- n - n_larger
    size <- len / n; larger_size <- ceiling(size); smaller_size <- floor(size)
    larger_threshold <- larger_size * n_larger
    bins <- ifelse(v <= larger_threshold, (v + (larger_size - 1)) / larger_size,
      (v + (-larger_threshold + smaller_size - 1)) / smaller_size + n_larger)
    as.integer(floor(bins))
  }
  lagn <- function(v, k) if (length(v) <= k) rep(NA, length(v)) else
    c(rep(NA, k), v[seq_len(length(v) - k)])
  roll <- function(f, w) function(v) vapply(seq_along(v), function(i)
    if (i < w) NA_real_ else f(v[(i - w + 1):i]), 0)
  fns <- list(
    "lag(x)" = function(v) lagn(v, 1),
    "lag(x, 2)" = function(v) lagn(v, 2),
    "cumsum(x)" = cumsum,
    "cummean(x)" = function(v) cumsum(v) / seq_along(v),
    "cummax(x)" = cummax,
    "cummin(x)" = cummin,
    "row_number()" = seq_along,
    "roll_sum(x, 2)" = roll(sum, 2),
    "roll_mean(x, 3)" = roll(mean, 3),
    "roll_sd(x, 2)" = roll(sd, 2),
    "diff(x)" = function(v) v - lagn(v, 1),
    "lead(x)" = function(v) leadn(v, 1),
    "lead(x, 2)" = function(v) leadn(v, 2),
    "rank(x)" = min_rank,
    "dense_rank(x)" = dense,
    "ntile(x, 2)" = function(v) ntile(v, 2),
    "ntile(x, 4)" = function(v) ntile(v, 4),
    "cumsum(rank(x))" = function(v) cumsum(min_rank(v)),
    "lag(x) + rank(x)" = function(v) lagn(v, 1) + min_rank(v))
  for (nm in names(fns)) {
    v <- ave(x, g, FUN = fns[[nm]])
    cat(sprintf("{ %s, { %s } },\n", cstr(nm), paste(ifelse(is.na(v),
        "NAN", sprintf("%.17g", v)), collapse = ", ")))
  }
  quit(save = "no")
}
for (cs in cases) {
  v <- eval(parse(text = cs[2]))
  if (length(v) != 1) stop(cs[2])
  if (is.na(v)) {
    cat(sprintf("{ %s, EXPR_NA, 0, NULL },\n", cstr(cs[1])))
  } else if (is.logical(v)) {
    cat(sprintf("{ %s, EXPR_BOOL, %d, NULL },\n", cstr(cs[1]), as.integer(v)))
  } else if (is.numeric(v)) {
    num <- if (is.infinite(v)) (if (v > 0) "INFINITY" else "-INFINITY") else
      sprintf("%.17g", v)
    cat(sprintf("{ %s, EXPR_NUM, %s, NULL },\n", cstr(cs[1]), num))
  } else {
    cat(sprintf("{ %s, EXPR_STR, 0, %s },\n", cstr(cs[1]), cstr(v)))
  }
}

