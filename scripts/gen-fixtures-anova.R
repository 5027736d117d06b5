#!/usr/bin/env Rscript
# Compute in R the expected results of `statpipe anova` and of the
# studentized range functions, and print them as the C tables of
# tests/unit/test_anova.c and tests/unit/test_tukey.c.
#
#   Rscript scripts/gen-fixtures-anova.R anova   (from the repository root)
#   Rscript scripts/gen-fixtures-anova.R tukey
#
# Needs the car package (Debian r-cran-car) for type II and III sums of
# squares and Levene's test.  Reads testdata/ exactly as statpipe does:
# factors from text, levels in sorted order.  Writes
# testdata/warpbreaks-unbalanced.csv first if it is not there.

suppressMessages(library(car))
if (!dir.exists("testdata")) stop("run from the repository root")
what <- commandArgs(TRUE)[1]
f17 <- function(x) ifelse(is.na(x), "NAN", sprintf("%.17g", x))

unb <- "testdata/warpbreaks-unbalanced.csv"
if (!file.exists(unb)) {
  w <- read.csv("testdata/warpbreaks.csv", stringsAsFactors = FALSE)
  w <- w[-c(1, 2, 3, 10, 20, 21, 30, 40, 41, 42, 50), ]
  w$breaks[c(5, 17)] <- NA      # left out as missing responses
  w$wool[30] <- NA              # and a missing factor
  write.csv(w, unb, row.names = FALSE, quote = FALSE, na = "")
}

ec <- "testdata/warpbreaks-empty-cell.csv"
if (!file.exists(ec)) {
  w <- read.csv("testdata/warpbreaks.csv", stringsAsFactors = FALSE)
  w <- w[!(w$wool == "B" & w$tension == "H"), ]   # no wool B at tension H
  write.csv(w, ec, row.names = FALSE, quote = FALSE)
}

rd <- function(file, fac) {
  d <- read.csv(file.path("testdata", file), stringsAsFactors = FALSE,
                na.strings = c("", "NA"))
  for (f in fac) d[[f]] <- factor(as.character(d[[f]]))
  d[complete.cases(d), ]
}

# One case: the R call as a comment, then the C initializer.
emit <- function(call, file, y, g, view, ss, additive, labels, m) {
  cat(sprintf("\t/* %s */\n", call))
  cat(sprintf("\t{ \"%s\", \"%s\", \"%s\", %s, %d, %d, %d, {\n", file, y,
              paste(g, collapse = ","), view, ss, additive, nrow(m)))
  for (i in seq_len(nrow(m)))
    cat(sprintf("\t    { \"%s\", { %s } },\n", labels[i],
                paste(f17(m[i, ]), collapse = ", ")))
  cat("\t} },\n")
}

table_case <- function(file, y, g, ss = 1, additive = FALSE) {
  d <- rd(file, g)
  op <- if (additive) " + " else " * "
  form <- as.formula(paste(y, "~", paste(g, collapse = op)))
  sstot <- sum((d[[y]] - mean(d[[y]]))^2)
  if (ss == 1) {
    a <- anova(aov(form, data = d))
    call <- sprintf("anova(aov(%s, %s))", deparse(form), file)
    tab <- data.frame(df = a$Df, ss = a[["Sum Sq"]], F = a[["F value"]],
                      p = a[["Pr(>F)"]], row.names = rownames(a))
  } else {
    old <- options(contrasts = c("contr.sum", "contr.poly"))
    a <- Anova(lm(form, data = d), type = ss)
    options(old)
    call <- sprintf("car::Anova(lm(%s, %s, contrasts = contr.sum), type = %d)",
                    deparse(form), file, ss)
    tab <- data.frame(df = a$Df, ss = a[["Sum Sq"]], F = a[["F value"]],
                      p = a[["Pr(>F)"]], row.names = rownames(a))
  }
  res <- tab["Residuals", "ss"]
  rn <- trimws(rownames(tab))
  m <- cbind(tab$df, tab$ss, tab$ss / tab$df, tab$F, tab$p,
             ifelse(rn %in% c("Residuals", "(Intercept)"), NA, tab$ss / sstot),
             ifelse(rn %in% c("Residuals", "(Intercept)"), NA,
                    tab$ss / (tab$ss + res)))
  m[rn == "Residuals", 4:5] <- NA
  emit(call, file, y, g, "ANOVA_TABLE", ss, additive, rn, m)
}

oneway_cases <- function(file, y, g) {
  d <- rd(file, g)
  form <- as.formula(paste(y, "~", g))
  t <- TukeyHSD(aov(form, data = d))[[g]]
  emit(sprintf("TukeyHSD(aov(%s, %s))", deparse(form), file), file, y, g,
       "ANOVA_TUKEY", 1, 0, rownames(t), t)
  w <- oneway.test(form, data = d)
  emit(sprintf("oneway.test(%s, %s)", deparse(form), file), file, y, g,
       "ANOVA_WELCH", 1, 0, "w",
       rbind(c(w$statistic, w$parameter, w$p.value)))
  k <- kruskal.test(form, data = d)
  emit(sprintf("kruskal.test(%s, %s)", deparse(form), file), file, y, g,
       "ANOVA_KRUSKAL", 1, 0, "k", rbind(c(k$statistic, k$parameter, k$p.value)))
  homog_cases(file, y, g)
}

homog_cases <- function(file, y, g) {
  d <- rd(file, g)
  form <- as.formula(paste(y, "~", paste(g, collapse = " * ")))
  for (center in c("mean", "median")) {
    l <- leveneTest(form, data = d, center = center)
    emit(sprintf("car::leveneTest(%s, %s, center = %s)", deparse(form), file,
                 center), file, y, g,
         if (center == "mean") "ANOVA_LEVENE" else "ANOVA_BROWN_FORSYTHE",
         1, 0, "h", rbind(c(l[1, "F value"], l$Df[1], l$Df[2], l[1, "Pr(>F)"])))
  }
  grp <- if (length(g) == 1) d[[g]] else interaction(d[[g[1]]], d[[g[2]]])
  b <- bartlett.test(d[[y]], grp)
  emit(sprintf("bartlett.test(%s, interaction(%s), %s)", y,
               paste(g, collapse = ", "), file), file, y, g, "ANOVA_BARTLETT",
       1, 0, "b", rbind(c(b$statistic, b$parameter, NA, b$p.value)))
}

if (what == "anova") {
  for (s in list(c("PlantGrowth.csv", "weight", "group"),
                 c("InsectSprays.csv", "count", "spray"),
                 c("chickwts.csv", "weight", "feed"))) {
    for (ss in 1:3) table_case(s[1], s[2], s[3], ss)
    oneway_cases(s[1], s[2], s[3])
  }
  for (s in list(c("ToothGrowth.csv", "len", "supp", "dose"),
                 c("warpbreaks.csv", "breaks", "wool", "tension"),
                 c("warpbreaks-unbalanced.csv", "breaks", "wool", "tension"),
                 c("warpbreaks-unbalanced.csv", "breaks", "tension", "wool"))) {
    for (ss in 1:3) {
      table_case(s[1], s[2], s[3:4], ss)
      table_case(s[1], s[2], s[3:4], ss, additive = TRUE)
    }
    homog_cases(s[1], s[2], s[3:4])
  }
  # an empty cell: A:B loses a degree of freedom (type III is not defined)
  for (ss in 1:2) table_case("warpbreaks-empty-cell.csv", "breaks",
                             c("wool", "tension"), ss)
} else if (what == "tukey") {
  for (k in c(2, 3, 5, 10, 20))
    for (df in c(2, 5, 27, 100, 1000, 30000))
      for (q in c(0.5, 2, 3.5, 6)) {
        cat(sprintf("\t/* ptukey(%g, %g, %g), qtukey(c(0.9, 0.95, 0.99), %g, %g) */\n",
                    q, k, df, k, df))
        cat(sprintf("\t{ %g, %g, %g, %s, %s, { %s } },\n", q, k, df,
                    f17(ptukey(q, k, df)),
                    f17(ptukey(q, k, df, lower.tail = FALSE)),
                    paste(f17(qtukey(c(0.9, 0.95, 0.99), k, df)),
                          collapse = ", ")))
      }
} else stop("usage: gen-fixtures-anova.R anova|tukey")
