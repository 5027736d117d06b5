#!/bin/sh
# regress --vif and --robust: their tables, warnings and usage errors
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
done_testing
