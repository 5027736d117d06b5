#!/bin/sh
# regress --penalty: glmnet's ridge, lasso and elastic net; paths,
# cross-validation, logistic, bad usage.  The values at a lambda are R's
# glmnet(thresh = 1e-22) to the digits shown (tests/unit/test_glmnet.c
# holds the full comparison).
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check lasso            0 regress --penalty lasso --lambda 0.5 'mpg ~ . - model' "$M" --digits 10
check ridge            0 regress --penalty ridge --lambda 2 'mpg ~ wt + hp + qsec' "$M" --digits 10
check enet             0 regress --penalty enet --alpha 0.3 --lambda 0.2 'mpg ~ wt + hp + qsec + drat' "$M" --digits 10
check factor           0 regress --penalty lasso --lambda 0.1 'mpg ~ wt + factor(cyl)' "$M" --digits 10
check no-standardize   0 regress --penalty lasso --no-standardize --lambda 0.5 'mpg ~ wt + hp + disp' "$M" --digits 10
check weights          0 regress --penalty ridge --weights drat --lambda 1 'mpg ~ wt + hp' "$M" --digits 10
check path             0 regress --penalty lasso --path --nlambda 8 'mpg ~ wt + hp + qsec' "$M" --digits 8
check path-ratio       0 regress --penalty enet --path --nlambda 5 --lambda-min-ratio 0.1 'mpg ~ wt + hp' "$M" --digits 8
check cv               0 regress --penalty lasso --cv 5 --seed 3 --nlambda 20 'mpg ~ wt + hp + qsec' "$M" --digits 8
check cv-at-min        0 regress --penalty lasso --cv 5 --seed 3 --at min 'mpg ~ wt + hp + qsec' "$M" --digits 8
check binomial         0 regress --penalty lasso --family binomial --lambda 0.02 'am ~ mpg + hp + wt' "$M" --digits 10
check binomial-text    0 regress --penalty ridge --family binomial --lambda 0.05 'supp ~ len' "$DATA/ToothGrowth.csv" --digits 10
check binomial-cv      0 regress --penalty lasso --family binomial --cv 4 --seed 1 --nlambda 10 'am ~ mpg + hp + wt' "$M" --digits 8
check missing-rows     0 regress --penalty lasso --lambda 1 'Ozone ~ Solar.R + Wind + Temp' "$DATA/airquality.csv" --digits 10
check_in stdin         0 "$M" regress --penalty lasso --lambda 1 'mpg ~ wt + hp' --digits 10
check bad-penalty      2 regress --penalty lars --lambda 1 'mpg ~ wt' "$M"
check alpha-lasso      2 regress --penalty lasso --alpha 0.5 --lambda 1 'mpg ~ wt' "$M"
check bad-alpha        2 regress --penalty enet --alpha 1.5 --lambda 1 'mpg ~ wt' "$M"
check lambda-zero      2 regress --penalty lasso --lambda 0 'mpg ~ wt' "$M"
check lambda-and-cv    2 regress --penalty lasso --lambda 1 --cv 5 'mpg ~ wt' "$M"
check at-without-cv    2 regress --penalty lasso --at min 'mpg ~ wt' "$M"
check no-lambda        2 regress --penalty lasso 'mpg ~ wt + hp' "$M"
check cv-two           2 regress --penalty lasso --cv 2 'mpg ~ wt' "$M"
check no-intercept     2 regress --penalty lasso --lambda 1 'mpg ~ wt - 1' "$M"
check no-formula       2 regress --penalty lasso --lambda 1 "$M"
check unknown-column   2 regress --penalty lasso --lambda 1 'mpg ~ nope' "$M"
check constant         1 regress --penalty lasso --lambda 1 'y ~ x' "$DATA/constant-y.csv"
check not-binary       1 regress --penalty lasso --family binomial --lambda 1 'mpg ~ wt' "$M"
m=$tmp/model.json
check_sh save-predict  0 "\$SP regress --penalty lasso --lambda 0.5 --save-model $m 'mpg ~ wt + hp + factor(cyl)' testdata/mtcars.csv >/dev/null && \$SP predict --model $m --digits 10 testdata/mtcars-new.csv"
check_sh save-binomial 0 "\$SP regress --penalty lasso --family binomial --lambda 0.02 --save-model $m.b 'am ~ mpg + hp + wt' testdata/mtcars.csv >/dev/null && \$SP predict --model $m.b --digits 10 testdata/mtcars.csv | \$SP head -n 3"
check_sh no-interval   2 "\$SP regress --penalty ridge --lambda 1 --save-model $m.r 'mpg ~ wt' testdata/mtcars.csv >/dev/null && \$SP predict --model $m.r --interval confidence testdata/mtcars.csv"
check save-path        2 regress --penalty lasso --path --save-model x.json 'mpg ~ wt' "$M"
done_testing
