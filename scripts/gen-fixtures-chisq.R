#!/usr/bin/env Rscript
# Reference values for lib/stats/chisq.c, computed by R's chisq.test and
# fisher.test from the files in testdata/, printed with 17 significant
# digits; tests/unit/test_chisq.c holds them as expected values.
#
#   Rscript scripts/gen-fixtures-chisq.R        (from the repository root)
#
# The small data sets were written once by R (R 4.2.2):
#   testdata/haireye-table.csv     apply(HairEyeColor, c(1, 2), sum)
#   testdata/teatasting.csv        Fisher's tea tasting (?fisher.test)
#   testdata/job-satisfaction.csv  Job satisfaction by income (?fisher.test)
#   testdata/mendel.csv            Mendel's peas, 315/108/101/32, 9:3:3:1
#   testdata/die.csv               set.seed(1); sample(1:6, 120, TRUE,
#                                  prob = c(1, 1, 1, 1, 1, 1.6))  (a loaded die)

if (!dir.exists("testdata")) stop("run from the repository root")
p <- function(label, x) cat(sprintf("%-40s %s\n", label,
                                    paste(sprintf("%.17g", x), collapse = " ")))
rd <- function(f) read.csv(file.path("testdata", f), stringsAsFactors = FALSE,
                           check.names = FALSE)
cramer <- function(x) {
  s <- suppressWarnings(chisq.test(x, correct = FALSE))$statistic
  sqrt(s / (sum(x) * (min(dim(x)) - 1)))
}
gtest <- function(x, E) {
  G <- 2 * sum(ifelse(x > 0, x * log(x / E), 0))
  c(G, pchisq(G, if (is.null(dim(x))) length(x) - 1 else
                   prod(dim(x) - 1), lower.tail = FALSE))
}
show <- function(label, r) {
  p(paste(label, "statistic"), r$statistic)
  p(paste(label, "df"), r$parameter)
  p(paste(label, "p"), r$p.value)
}

he <- rd("haireye.csv")
x <- table(he$Hair, he$Eye)
r <- chisq.test(x)
show("haireye Hair,Eye", r)
p("haireye cramers_v", cramer(x))
p("haireye Black/Blue expected", r$expected["Black", "Blue"])
p("haireye Black/Blue residual", r$residuals["Black", "Blue"])
p("haireye Black/Blue stdres", r$stdres["Black", "Blue"])
p("haireye Red/Hazel stdres", r$stdres["Red", "Hazel"])
p("haireye G", gtest(x, r$expected))

ht <- rd("haireye-table.csv")
xt <- as.matrix(ht[, -1]); rownames(xt) <- ht$Hair
show("haireye-table", chisq.test(xt))

mt <- rd("mtcars.csv")
x <- table(mt$am, mt$vs)
show("mtcars am,vs yates", suppressWarnings(chisq.test(x)))
show("mtcars am,vs no correction", suppressWarnings(chisq.test(x, correct = FALSE)))
p("mtcars am,vs cramers_v (phi)", cramer(x))
f <- fisher.test(x)
p("mtcars am,vs fisher p", f$p.value)
p("mtcars am,vs fisher estimate", f$estimate)
p("mtcars am,vs fisher conf.int", f$conf.int)
f <- fisher.test(x, conf.level = 0.99)
p("mtcars am,vs fisher conf.int 0.99", f$conf.int)

tea <- matrix(c(3, 1, 1, 3), 2)
for (alt in c("two.sided", "less", "greater")) {
  f <- fisher.test(tea, alternative = alt)
  p(paste("tea", alt, "p"), f$p.value)
  p(paste("tea", alt, "estimate"), f$estimate)
  p(paste("tea", alt, "conf.int"), f$conf.int)
}

x <- table(mt$cyl, mt$gear)
p("mtcars cyl,gear fisher p", fisher.test(x)$p.value)
r <- suppressWarnings(chisq.test(x))
show("mtcars cyl,gear", r)
p("mtcars cyl,gear G", gtest(x, r$expected))
p("haireye Sex,Eye fisher p", fisher.test(table(he$Sex, he$Eye))$p.value)
p("haireye Sex,Hair fisher p", fisher.test(table(he$Sex, he$Hair))$p.value)
jb <- rd("job-satisfaction.csv")
p("job satisfaction fisher p", fisher.test(as.matrix(jb[, -1]))$p.value)
x <- table(mt$am, mt$cyl)
p("mtcars am,cyl fisher p", fisher.test(x)$p.value)

ck <- rd("chickwts.csv")
show("chickwts feed equal", chisq.test(table(ck$feed)))

x <- table(he$Eye)
pe <- c(Blue = 0.35, Brown = 0.4, Green = 0.1, Hazel = 0.15)
show("haireye Eye given p", chisq.test(x, p = pe[names(x)]))

md <- rd("mendel.csv")
r <- chisq.test(md$count, p = md$p)
show("mendel", r)
p("mendel stdres", r$stdres)
p("mendel G", gtest(md$count, r$expected))
show("mendel rescale 9,3,3,1", chisq.test(md$count, p = c(9, 3, 3, 1), rescale.p = TRUE))

die <- rd("die.csv")
show("die equal", chisq.test(table(die$face)))

# Monte Carlo: R's p-values with B = 100000 and their standard errors
B <- 100000
se <- function(pv) sqrt(pv * (1 - pv) / B)
set.seed(1)
r <- chisq.test(table(he$Sex, he$Hair), simulate.p.value = TRUE, B = B)
p("sim haireye Sex,Hair p, se", c(r$p.value, se(r$p.value)))
p("sim haireye Sex,Hair statistic", r$statistic)
p("    exact-margin chi-square p", chisq.test(table(he$Sex, he$Hair))$p.value)
set.seed(1)
r <- fisher.test(table(mt$cyl, mt$gear), simulate.p.value = TRUE, B = B)
p("sim mtcars cyl,gear fisher p, se", c(r$p.value, se(r$p.value)))
set.seed(1)
r <- chisq.test(table(die$face), simulate.p.value = TRUE, B = B)
p("sim die equal p, se", c(r$p.value, se(r$p.value)))
