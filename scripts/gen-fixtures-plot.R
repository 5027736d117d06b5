# Reference values for tests/unit/test_plotstat.c and testdata/cars-augment.csv.
# Run from the repository root: Rscript scripts/gen-fixtures-plot.R
p <- function(label, v) cat(sprintf("%-40s %s\n", label, paste(sprintf("%.17g", v), collapse = " ")))
faithful <- read.csv("testdata/faithful.csv")
mtcars <- read.csv("testdata/mtcars.csv")
cars <- read.csv("testdata/cars.csv")
air <- read.csv("testdata/airquality.csv")
pg <- read.csv("testdata/PlantGrowth.csv")
tg <- read.csv("testdata/ToothGrowth.csv")
e <- faithful$eruptions
p("bw.nrd0(eruptions)", bw.nrd0(e))
d <- density(e)
p("density(eruptions)$x[c(1,100,256,400,512)]", d$x[c(1, 100, 256, 400, 512)])
p("density(eruptions)$y[c(1,100,256,400,512)]", d$y[c(1, 100, 256, 400, 512)])
d <- density(mtcars$mpg)
p("bw.nrd0(mpg)", d$bw)
p("density(mpg)$y[c(50,200,300)]", d$y[c(50, 200, 300)])
p("nclass.FD(waiting)", nclass.FD(faithful$waiting))
h <- hist(faithful$waiting, breaks = "FD", plot = FALSE)
p("hist(waiting, FD)$breaks", h$breaks)
p("hist(waiting, FD)$counts", h$counts)
oz <- air$Ozone[!is.na(air$Ozone)]
h <- hist(oz, breaks = "FD", plot = FALSE)
p("hist(Ozone, FD)$breaks", h$breaks)
p("hist(Ozone, FD)$counts", h$counts)
h <- hist(mtcars$mpg, breaks = seq(min(mtcars$mpg), max(mtcars$mpg), length.out = 7), plot = FALSE)
p("hist(mpg, 6 equal)$counts", h$counts)
p("pretty(c(0.123, 7.7), 5, min.n=1)", pretty(c(0.123, 7.7), 5, min.n = 1))
b <- boxplot.stats(oz)
p("boxplot.stats(Ozone)$stats", b$stats)
p("boxplot.stats(Ozone)$out", b$out)
b <- boxplot.stats(mtcars$mpg)
p("boxplot.stats(mpg)$stats", b$stats)
q <- qqnorm(mtcars$mpg, plot.it = FALSE)
o <- order(mtcars$mpg)
p("qqnorm(mpg)$x[order(mpg)][c(1,16,32)]", q$x[o][c(1, 16, 32)])
ctrl <- pg$weight[pg$group == "ctrl"]
q <- qqnorm(ctrl, plot.it = FALSE)
p("qqnorm(ctrl)$x[order(ctrl)][c(1,3,10)]", q$x[order(ctrl)][c(1, 3, 10)])
y <- quantile(mtcars$mpg, c(.25, .75)); x <- qnorm(c(.25, .75))
s <- diff(y) / diff(x)
p("qqline(mpg) intercept, slope", c(y[[1]] - s * x[1], s))
fit <- lm(dist ~ speed, cars)
pr <- predict(fit, data.frame(speed = c(4, 15, 25)), interval = "confidence")
p("predict(lm(dist~speed)) fit", pr[, "fit"])
p("predict(lm(dist~speed)) lwr", pr[, "lwr"])
p("predict(lm(dist~speed)) upr", pr[, "upr"])
vc <- tg$len[tg$supp == "VC"]
p("mean, t.test(len[VC])$conf.int", c(mean(vc), t.test(vc)$conf.int))
# the input of `plot residuals`: what `regress --augment` writes
if (!file.exists("testdata/cars-augment.csv")) {
	a <- data.frame(cars, fitted = fitted(fit), residual = resid(fit),
	    std_residual = rstandard(fit), hat = hatvalues(fit),
	    cooks_d = cooks.distance(fit))
	a[] <- lapply(a, function(v) sprintf("%.15g", v))
	write.csv(a, "testdata/cars-augment.csv", row.names = FALSE, quote = FALSE)
}
# a correlation matrix as `corr --matrix` writes it
if (!file.exists("testdata/mtcars-corr.csv")) {
	m <- round(cor(mtcars[, c("mpg", "disp", "hp", "wt", "qsec")]), 4)
	write.csv(data.frame(column = rownames(m), m), "testdata/mtcars-corr.csv", row.names = FALSE, quote = FALSE)
}
# smoothers (lib/stats/smooth, test_smooth.c): lowess, loess (surface =
# "direct"), the polynomial's confidence band
lw <- lowess(cars$speed, cars$dist)
p("lowess(cars)$y[c(1,10,25,40,50)]", lw$y[c(1, 10, 25, 40, 50)])
lw <- lowess(faithful$waiting, faithful$eruptions, f = 0.3, iter = 0)
p("lowess(waiting,eruptions,f=.3,iter=0)$y[c(1,60,136,200,272)]", lw$y[c(1, 60, 136, 200, 272)])
lw <- lowess(mtcars$wt, mtcars$mpg)
p("lowess(wt,mpg)$x[c(1,16,32)]", lw$x[c(1, 16, 32)])
p("lowess(wt,mpg)$y[c(1,16,32)]", lw$y[c(1, 16, 32)])
lw <- lowess(air$Temp, air$Wind, delta = 0)
p("lowess(Temp,Wind,delta=0)$y[c(1,50,100,153)]", lw$y[c(1, 50, 100, 153)])
lo <- loess(dist ~ speed, cars, control = loess.control(surface = "direct"))
p("loess(dist~speed,direct) at 4,10.5,15,25", predict(lo, data.frame(speed = c(4, 10.5, 15, 25))))
lo <- loess(mpg ~ wt, mtcars, span = 0.5, degree = 1, control = loess.control(surface = "direct"))
p("loess(mpg~wt,.5,1,direct) at 1.513,3,5.424", predict(lo, data.frame(wt = c(1.513, 3, 5.424))))
pf <- lm(mpg ~ poly(wt, 3), mtcars)
pr <- predict(pf, data.frame(wt = c(1.513, 3, 5.424)), interval = "confidence")
p("predict(lm(mpg~poly(wt,3))) fit", pr[, "fit"])
p("predict(lm(mpg~poly(wt,3))) lwr", pr[, "lwr"])
p("predict(lm(mpg~poly(wt,3))) upr", pr[, "upr"])
# loess as R's default (surface = "interpolate", statistics =
# "approximate") with predict(se = TRUE): test_smooth.c
for (m in list(list(dist ~ speed, cars, c(4, 10.5, 15, 25), "speed"),
    list(eruptions ~ waiting, faithful, c(43, 60, 70.5, 96), "waiting"))) {
	lo <- loess(m[[1]], m[[2]])
	nd <- data.frame(m[[3]]); names(nd) <- m[[4]]
	pr <- predict(lo, nd, se = TRUE)
	p(paste("loess", deparse(m[[1]]), "vertices"), length(lo$kd$vval) / 2)
	p(paste("loess", deparse(m[[1]]), "fit"), pr$fit)
	p(paste("loess", deparse(m[[1]]), "se.fit"), pr$se.fit)
	p(paste("loess", deparse(m[[1]]), "trace one two df"),
	    c(lo$trace.hat, lo$one.delta, lo$two.delta, pr$df))
}
# pairs --diag density: density() of each group (test_plotstat.c)
iris <- read.csv("testdata/iris.csv")
for (s in c("setosa", "virginica")) {
	d <- density(iris$Sepal.Width[iris$Species == s])
	p(paste("density(Sepal.Width", s, ") bw, x, y"),
	    c(d$bw, d$x[c(1, 100, 256, 400, 512)], d$y[c(1, 100, 256, 400, 512)]))
}
