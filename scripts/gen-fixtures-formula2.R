# Reference values of R for the formula language of regress (issue 22):
# orthogonal poly() and poly(raw = TRUE), relevel() (--ref), scale(),
# log(x, base), comparisons in I(), nesting (a/b, b %in% a), the
# splines package's bs() and ns().  Writes
# tests/ref/formula2-r.csv (glmref()'s long form, compared by
# tests/cli/glm-vs-r.sh in tests/cli/t9000-formula-r.sh) and
# tests/unit/fixtures/formula2.inc (tests/unit/test_formula.c).
#   Rscript scripts/gen-fixtures-formula2.R    (from the repository root)
# The gaussian cases are glm(family = gaussian), the same numbers as lm()
# (regress --family gaussian --link identity shows glm's views).
options(digits = 17)
library(splines)
source("scripts/glmref.R")
mt <- rd("testdata/mtcars.csv")
cars <- rd("testdata/cars.csv")
wb <- rd("testdata/warpbreaks.csv")
# --ref tension=M,wool=B; --ref cyl=8 of factor(cyl)
wr <- wb
wr$tension <- relevel(wr$tension, "M")
wr$wool <- relevel(wr$wool, "B")
mr <- mt
mr$cyl <- relevel(factor(mr$cyl), "8")
wh <- wr
wh$tension <- relevel(wh$tension, "H")
g <- gaussian
ref <- rbind(
    glmref("ref_warp", glm(breaks ~ wool * tension, g, wr), wr[1:10, ]),
    glmref("ref_cyl", glm(mpg ~ wt + factor(cyl), g, mr), mr[1:10, ]),
    glmref("ref_binomial", glm(wool ~ breaks + tension, binomial, wh),
        wh[1:10, ]),
    glmref("fx_mt", glm(mpg ~ scale(wt) + log(hp, 2) + log(disp,
        base = 10) + I(qsec > 18) + I(cyl == 6):wt, g, mt), mt[1:10, ]),
    glmref("fx_poisson", glm(carb ~ scale(hp) + I(wt > 3) + log(disp, 2),
        poisson, mt), mt[1:10, ]),
    glmref("spline_ns", glm(mpg ~ ns(hp, 3) + wt, g, mt), mt[1:10, ]),
    glmref("spline_bs", glm(mpg ~ bs(hp, df = 5) + bs(wt, 3, degree = 2),
        g, mt), mt[1:10, ]),
    glmref("spline_cars", glm(dist ~ ns(speed, df = 4), g, cars),
        cars[1:10, ]),
    glmref("nest_warp", glm(breaks ~ wool/tension, g, wb), wb[1:10, ]),
    glmref("nest_in", glm(mpg ~ hp + factor(cyl) %in% factor(am), g, mt),
        mt[1:10, ]),
    glmref("nest_mt", glm(mpg ~ factor(am)/(wt + hp), g, mt), mt[1:10, ]),
    glmref("poly_cars", glm(dist ~ poly(speed, 2), g, cars), cars[1:10, ]),
    glmref("poly_mt", glm(mpg ~ poly(wt, 3) + factor(cyl), g, mt),
        mt[1:10, ]),
    glmref("poly_mt_raw", glm(mpg ~ poly(hp, 2, raw = TRUE) + poly(wt, 2),
        g, mt), mt[1:10, ]))
write.csv(ref, "tests/ref/formula2-r.csv", row.names = FALSE)

# test_formula.c: the columns of poly(wt, 3) over mtcars (by columns),
# and at new points by predict.poly with the coefficients of the fit
num <- function(v) paste(sprintf("%.17g", v), collapse = ",\n\t")
con <- file("tests/unit/fixtures/formula2.inc", "w")
p <- poly(mt$wt, 3)
at <- c(1.2, 2.5, 3.3, 6.1)
cat("/* poly(mtcars$wt, 3), by columns */\nstatic const double poly_wt3[] = {\n\t",
    num(c(p)), "\n};\n", file = con, sep = "")
cat("/* predict(poly(mtcars$wt, 3), c(1.2, 2.5, 3.3, 6.1)), by columns */\n",
    "static const double poly_wt3_new[] = {\n\t", num(c(predict(p, at))),
    "\n};\n", file = con, sep = "")
close(con)
