# Reference values of statpipe nls from R's nls(): coefficients of
# summary(nls) and the residual standard error, for the cases that
# tests/cli/t6751-nls-r.sh runs.  Run from the repository root:
#   Rscript scripts/gen-fixtures-nls.R
# Writes testdata/puromycin.csv, testdata/dnase1.csv and tests/ref/nls-r.csv.
options(digits = 17)
write.csv(transform(Puromycin, w = 1 / conc), "testdata/puromycin.csv", row.names = FALSE,
    quote = FALSE)
d1 <- DNase[DNase$Run == 1, c("conc", "density")]
write.csv(d1, "testdata/dnase1.csv", row.names = FALSE, quote = FALSE)
pur <- read.csv("testdata/puromycin.csv")
dn <- read.csv("testdata/dnase1.csv")
mis <- read.csv("testdata/nist-nls/Misra1a.csv")
ctl <- nls.control(tol = 1e-7, maxiter = 1000)
fits <- list(
    puromycin = nls(rate ~ Vm * conc / (K + conc), pur,
        start = list(Vm = 200, K = 0.1), control = ctl),
    puromycin_weighted = nls(rate ~ Vm * conc / (K + conc), pur,
        start = list(Vm = 200, K = 0.1), weights = w, control = ctl),
    dnase1 = nls(density ~ Asym / (1 + exp((xmid - log(conc)) / scal)), dn,
        start = list(Asym = 3, xmid = 0, scal = 1), control = ctl),
    dnase1_pnorm = nls(density ~ Asym * pnorm((log(conc) - xmid) / scal), dn,
        start = list(Asym = 3, xmid = 0, scal = 1), control = ctl),
    puromycin_log = nls(log(rate) ~ log(Vm * conc / (K + conc)), pur,
        start = list(Vm = 200, K = 0.1), control = ctl),
    misra1a_atan = nls(y ~ b1 * atan(b2 * x), mis,
        start = list(b1 = 50, b2 = 0.001), control = ctl))
out <- do.call(rbind, lapply(names(fits), function(k) {
    s <- summary(fits[[k]])
    co <- coef(s)
    data.frame(case = k, term = rownames(co), estimate = co[, 1],
        std_error = co[, 2], statistic = co[, 3], p_value = co[, 4],
        sigma = s$sigma, df = s$df[2])
}))
write.csv(out, "tests/ref/nls-r.csv", row.names = FALSE, quote = FALSE)

# The functions nls brought to every formula, in a linear model:
# tests/ref/regress-fx-r.csv for tests/cli/t6753-formula-functions.sh.
cars2 <- read.csv("testdata/cars.csv")
co <- coef(summary(lm(dist ~ sin(speed) + cos(speed) + atan(speed) +
    pnorm(speed / 10), cars2)))
write.csv(data.frame(term = rownames(co), estimate = co[, 1],
    std_error = co[, 2]), "tests/ref/regress-fx-r.csv", row.names = FALSE,
    quote = FALSE)
