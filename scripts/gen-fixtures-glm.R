# Reference values of R's glm() for regress --family (tests/cli/t6760-glm-r.sh):
# writes the data sets testdata/glm-*.csv and tests/ref/glm-r.csv, one
# number a line: case,view,row,column,value.  view is coef and anova (row:
# the term),
# summary (row 1), augment and predict (row: the data row, from 1).
#   Rscript scripts/gen-fixtures-glm.R    (from the repository root)
# Factors get their levels in sorted order, as statpipe codes them.
options(digits = 17)
set.seed(22)
n <- 120
x <- round(runif(n, -1, 2), 3)
g <- sample(c("a", "b", "c"), n, replace = TRUE)
t <- round(runif(n, 0.5, 4), 2)
gen <- data.frame(x = x, g = g, t = t,
    count = rpois(n, t * exp(0.3 + 0.6 * x + (g == "b") * 0.4)),
    gam = round(rgamma(n, shape = 3, rate = 3 / exp(1 + 0.5 * x)), 4),
    ig = round((2 + x) * exp(rnorm(n, 0, 0.2)), 4),
    w = sample(1:4, n, replace = TRUE))
gen$norm <- round(exp(1 + 0.4 * x) + rnorm(n, 0, 0.3), 4)
gen$w0 <- ifelse(seq_len(n) %% 7 == 0, 0, gen$w)	# some weights 0
write.csv(gen, "testdata/glm-gen.csv", row.names = FALSE, quote = FALSE)
e <- esoph
e <- data.frame(agegp = as.character(e$agegp), alcgp = as.character(e$alcgp),
    tobgp = as.character(e$tobgp), ncases = e$ncases,
    ncontrols = e$ncontrols, total = e$ncases + e$ncontrols,
    prop = e$ncases / (e$ncases + e$ncontrols))
write.csv(e, "testdata/glm-esoph.csv", row.names = FALSE, quote = FALSE)
# cbind(successes, failures) responses: some rows of no trials (weight 0
# as binomial()'s initialize makes it), a prior weight column
set.seed(2207)
bx <- round(runif(40, -2, 2), 2)
bt <- sample(c(0, 0, 3:12), 40, replace = TRUE)
bs <- rbinom(40, bt, plogis(0.4 + 0.9 * bx))
binom <- data.frame(x = bx, g = sample(c("p", "q"), 40, replace = TRUE),
    succ = bs, fail = bt - bs, w = sample(1:3, 40, replace = TRUE))
write.csv(binom, "testdata/glm-binom.csv", row.names = FALSE, quote = FALSE)
clot <- data.frame(u = c(5, 10, 15, 20, 30, 40, 60, 80, 100),
    lot1 = c(118, 58, 42, 35, 27, 25, 21, 19, 18),
    lot2 = c(69, 35, 26, 21, 18, 16, 13, 12, 12))
write.csv(clot, "testdata/glm-clotting.csv", row.names = FALSE, quote = FALSE)

source("scripts/glmref.R")
wb <- rd("testdata/warpbreaks.csv")
ins <- rd("testdata/InsectSprays.csv")
es <- rd("testdata/glm-esoph.csv")
cl <- rd("testdata/glm-clotting.csv")
gd <- rd("testdata/glm-gen.csv")
bn <- rd("testdata/glm-binom.csv")

nd <- gd[1:10, ]
ref <- rbind(
    glmref("warp_poisson", glm(breaks ~ wool * tension, poisson, wb)),
    glmref("warp_quasipoisson", glm(breaks ~ wool + tension, quasipoisson,
        wb)),
    glmref("insect_poisson", glm(count ~ spray, poisson, ins)),
    glmref("insect_sqrt", glm(count ~ spray, poisson(link = "sqrt"), ins)),
    glmref("insect_identity", glm(count ~ spray, poisson(link = "identity"),
        ins)),
    glmref("esoph_logit", glm(prop ~ agegp + tobgp + alcgp, binomial, es,
        weights = total)),
    glmref("esoph_probit", glm(prop ~ agegp + alcgp, binomial("probit"), es,
        weights = total)),
    glmref("esoph_cloglog", glm(prop ~ agegp + alcgp, binomial("cloglog"),
        es, weights = total)),
    glmref("esoph_cauchit", glm(prop ~ agegp + alcgp, binomial("cauchit"),
        es, weights = total)),
    glmref("esoph_quasibinomial", glm(prop ~ agegp + alcgp, quasibinomial,
        es, weights = total)),
    glmref("clot_gamma", glm(lot1 ~ log(u), Gamma, cl)),
    glmref("clot_gamma_log", glm(lot2 ~ log(u), Gamma("log"), cl)),
    glmref("clot_gamma_identity", glm(lot1 ~ I(1 / u), Gamma("identity"),
        cl)),
    glmref("gen_offset", glm(count ~ x + g + offset(log(t)), poisson, gd),
        nd),
    glmref("gen_offset_noint", glm(count ~ 0 + x + offset(log(t)), poisson,
        gd)),
    glmref("gen_weights", glm(count ~ x + g, poisson, gd, weights = w)),
    glmref("gen_gamma", glm(gam ~ x + g, Gamma("log"), gd), nd),
    glmref("gen_invgauss", glm(ig ~ x, inverse.gaussian, gd), nd),
    glmref("gen_invgauss_log", glm(ig ~ x + g, inverse.gaussian("log"), gd)),
    glmref("gen_gaussian_log", glm(norm ~ x, gaussian("log"), gd), nd),
    glmref("gen_gaussian_inverse", glm(norm ~ x, gaussian("inverse"), gd)),
    glmref("gen_gamma_weights", glm(gam ~ x, Gamma, gd, weights = w)),
    glmref("gen_zero_weights", glm(count ~ x + g, poisson, gd, weights = w0),
        augment = FALSE),
    glmref("gen_gamma_zero_weights", glm(gam ~ x + g, Gamma, gd,
        weights = w0), augment = FALSE),
    glmref("esoph_cbind", glm(cbind(ncases, ncontrols) ~ agegp + tobgp +
        alcgp, binomial, es)),
    glmref("esoph_cbind_cloglog", glm(cbind(ncases, ncontrols) ~ agegp +
        alcgp, binomial("cloglog"), es)),
    glmref("esoph_cbind_quasi", glm(cbind(ncases, ncontrols) ~ agegp +
        alcgp, quasibinomial, es)),
    glmref("binom_cbind", glm(cbind(succ, fail) ~ x * g, binomial, bn),
        bn[1:10, ], augment = FALSE),
    glmref("binom_cbind_weights", glm(cbind(succ, fail) ~ x + g, binomial,
        bn, weights = w), augment = FALSE))
write.csv(ref, "tests/ref/glm-r.csv", row.names = FALSE, quote = FALSE)

# tests/unit/fixtures/glm.inc: R's linkinv, mu.eta and variance at a few
# points, for tests/unit/test_glm.c.
links <- c("identity", "log", "logit", "probit", "cauchit", "cloglog",
    "sqrt", "inverse", "1/mu^2")
num <- function(v) paste(sprintf("%.17g", v), collapse = ", ")
con <- file("tests/unit/fixtures/glm.inc", "w")
writeLines(c("/* generated by scripts/gen-fixtures-glm.R; do not edit */", "",
    "/* make.link(L)$linkinv(eta), $mu.eta(eta) at eta = 0.2, 0.9, 1.7, 3.1",
    " * (positive: every link's valid range), links in glm.h's order */",
    "static const double glm_etas[] = { 0.2, 0.9, 1.7, 3.1 };",
    "static const struct { const char *link; double inv[4], me[4]; } glm_links[] = {"),
    con)
for (l in links) {
	k <- make.link(l)
	e <- c(0.2, 0.9, 1.7, 3.1)
	writeLines(sprintf("\t{ \"%s\", { %s },\n\t    { %s } },", l,
	    num(k$linkinv(e)), num(k$mu.eta(e))), con)
}
writeLines("};", con)
mus <- c(0.1, 0.45, 0.8)
writeLines(c("", "/* variance(mu) at mu = 0.1, 0.45, 0.8: binomial, poisson, Gamma,",
    " * inverse.gaussian, and dev.resids(y = 0.3, mu, wt = 2) */",
    "static const double glm_mus[] = { 0.1, 0.45, 0.8 };",
    "static const struct { const char *family; double var[3], dev[3]; } glm_fams[] = {"),
    con)
for (f in list(binomial(), poisson(), Gamma(), inverse.gaussian(),
    gaussian()))
	writeLines(sprintf("\t{ \"%s\", { %s },\n\t    { %s } },", f$family,
	    num(f$variance(mus)), num(f$dev.resids(rep(0.3, 3), mus, 2))), con)
writeLines("};", con)
close(con)
