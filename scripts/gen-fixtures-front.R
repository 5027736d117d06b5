# Rscript scripts/gen-fixtures-front.R: the R values of tests/cli/t8200-collate.sh,
# run under LC_ALL=C.UTF-8 and LC_ALL=C (levels: a b B non-USA USA, then B USA a b non-USA).
d <- read.csv("testdata/collate.csv", stringsAsFactors = TRUE)
cat("levels origin:", levels(d$origin), "\n")
cat("levels letter:", levels(d$letter), "\n")
t <- t.test(y ~ origin, data = d); print(c(t$estimate, t$statistic, t$p.value, t$conf.int))
w <- suppressWarnings(wilcox.test(y ~ origin, data = d)); print(c(w$statistic, w$p.value))
k <- ks.test(d$y[d$origin == levels(d$origin)[1]], d$y[d$origin == levels(d$origin)[2]], exact=FALSE); print(c(k$statistic, k$p.value))
print(TukeyHSD(aov(y ~ letter, data = d))$letter)
print(coef(lm(y ~ letter, data = d)))
print(table(d$origin, d$letter))
