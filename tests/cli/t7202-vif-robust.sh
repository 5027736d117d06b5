#!/bin/sh
# regress --vif, --robust, --influence, --anova --ss and --step: their tables, warnings and usage errors
# (t7201 checks the numbers against R).
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check vif               0 regress --vif --digits 6 'mpg ~ wt + hp + factor(cyl)' "$M"
check vif-interaction   0 regress --vif --digits 6 'mpg ~ wt * hp' "$M"
check vif-no-intercept  0 regress --vif --digits 6 'mpg ~ 0 + wt + hp' "$M"
check robust            0 regress --robust HC3 --digits 6 'mpg ~ wt + hp' "$M"
check robust-glm        0 regress --robust HC0 --digits 6 --family binomial 'am ~ wt' "$M"
check robust-aliased    0 regress --robust HC1 --digits 6 'mpg ~ wt + I(2 * wt)' "$M"
check robust-leverage   0 regress --robust HC3 --digits 6 'mpg ~ wt + factor(carb)' "$M"
check vif-one-term      2 regress --vif 'mpg ~ factor(cyl)' "$M"
check vif-aliased       1 regress --vif 'mpg ~ wt + hp + I(wt + hp)' "$M"
check robust-bad-type   2 regress --robust HC4 'mpg ~ wt' "$M"
check robust-summary    2 regress --robust HC0 --summary 'mpg ~ wt' "$M"
check vif-cv            2 regress --vif --cv 5 'mpg ~ wt + hp' "$M"
check influence         0 regress --influence --digits 4 'dist ~ speed' "$DATA/cars.csv"
check influence-glm     0 regress --influence --digits 4 --family poisson 'breaks ~ tension' "$DATA/warpbreaks.csv"
check influence-missing 0 regress --influence --digits 4 'Ozone ~ Wind' "$DATA/airquality.csv"
check_sh influence-few  1 '$SP head -n 3 testdata/mtcars.csv | $SP regress --influence "mpg ~ wt + hp"'
check influence-augment 2 regress --influence --augment 'dist ~ speed' "$DATA/cars.csv"
check ss2               0 regress --anova --ss 2 --digits 6 'mpg ~ wt * hp' "$M"
check ss3-glm           0 regress --anova --ss 3 --digits 6 --family binomial 'am ~ wt + factor(cyl)' "$M"
check ss-bad            2 regress --anova --ss 1 'mpg ~ wt' "$M"
check ss-no-anova       2 regress --ss 2 'mpg ~ wt' "$M"
check ss-aliased        0 regress --anova --ss 2 'mpg ~ wt + I(2 * wt)' "$M"
check ss3-aliased       1 regress --anova --ss 3 'mpg ~ wt + I(2 * wt)' "$M"
check ss-one-term       1 regress --anova --ss 3 'mpg ~ 0 + wt' "$M"
check step              0 regress --step --digits 6 'mpg ~ wt + hp + qsec + drat' "$M"
check step-direction    2 regress --direction both 'mpg ~ wt' "$M"
check step-bad-direction 2 regress --step --direction forward 'mpg ~ wt' "$M"
check step-quasi        2 regress --step --family quasipoisson 'carb ~ wt + hp' "$M"
done_testing
