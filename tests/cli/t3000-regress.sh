#!/bin/sh
# regress: the formula language, every view, weights, logistic, bad input.
. tests/cli/lib.sh
check coef             0 regress 'mpg ~ wt + factor(cyl)' "$DATA/mtcars.csv"
check coef-table       0 regress 'mpg ~ wt + factor(cyl)' "$DATA/mtcars.csv" --format table
check summary          0 regress --summary 'mpg ~ wt + factor(cyl)' "$DATA/mtcars.csv"
check interaction      0 regress 'mpg ~ wt * hp' "$DATA/mtcars.csv"
check no-intercept     0 regress 'dist ~ speed - 1' "$DATA/cars.csv"
check zero-plus        0 regress 'dist ~ 0 + speed' "$DATA/cars.csv"
check quadratic        0 regress 'dist ~ speed + I(speed^2)' "$DATA/cars.csv"
check poly             0 regress 'dist ~ poly(speed, 2)' "$DATA/cars.csv"
check plain-y-x        0 regress -y dist -x speed "$DATA/cars.csv"
check missing-rows     0 regress --summary 'Ozone ~ Solar.R + Wind + Temp' "$DATA/airquality.csv"
check anova            0 regress --anova 'mpg ~ wt * hp + qsec' "$DATA/mtcars.csv"
check augment          0 regress --augment 'dist ~ speed' "$DATA/cars.csv"
check augment-missing  0 regress -q --augment 'Ozone ~ Wind' "$DATA/airquality.csv"
check weights          0 regress --weights drat 'mpg ~ wt + hp' "$DATA/mtcars.csv"
check conf-level       0 regress --conf-level 0.9 'mpg ~ wt' "$DATA/mtcars.csv"
check text-factor      0 regress 'Sepal.Length ~ log(Petal.Length) + Species' "$DATA/iris.csv"
check aliased          0 regress 'mpg ~ wt + I(2 * wt)' "$DATA/mtcars.csv"
check logistic         0 regress --family binomial 'am ~ wt + hp' "$DATA/mtcars.csv"
check logistic-summary 0 regress --family binomial --summary 'am ~ wt + hp' "$DATA/mtcars.csv"
check logistic-text    0 regress --family binomial 'supp ~ len' "$DATA/ToothGrowth.csv"
check separated        0 regress --family binomial --summary 'y ~ x' "$DATA/separated.csv"
check json             0 regress --format json 'dist ~ speed' "$DATA/cars.csv"
check_in stdin         0 "$DATA/cars.csv" regress 'dist ~ speed'
check_sh to-plot       0 '$SP regress --augment "dist ~ speed" testdata/cars.csv | $SP describe -c residual,std_residual -s count,mean'
check unknown-column   2 regress 'mpg ~ wt + nope' "$DATA/mtcars.csv"
check malformed        2 regress 'mpg ~ wt +' "$DATA/mtcars.csv"
check bad-paren        2 regress 'mpg ~ (wt + hp' "$DATA/mtcars.csv"
check unknown-function 2 regress 'mpg ~ frob(wt)' "$DATA/mtcars.csv"
check no-formula       2 regress "$DATA/mtcars.csv"
check y-without-x      2 regress -y mpg "$DATA/mtcars.csv"
check two-views        2 regress --summary --anova 'mpg ~ wt' "$DATA/mtcars.csv"
check bad-family       2 regress --family poisson 'mpg ~ wt' "$DATA/mtcars.csv"
check bad-conf         2 regress --conf-level 1.5 'mpg ~ wt' "$DATA/mtcars.csv"
check unknown-weights  2 regress --weights nope 'mpg ~ wt' "$DATA/mtcars.csv"
check too-few-rows     1 regress 'y ~ x1 + x2 + x3' "$DATA/few-rows.csv"
check constant-y       1 regress 'y ~ x' "$DATA/constant-y.csv"
check text-as-number   1 regress 'mpg ~ log(model)' "$DATA/mtcars.csv"
check not-binary       1 regress --family binomial 'mpg ~ wt' "$DATA/mtcars.csv"
check three-levels     1 regress --family binomial 'Species ~ Sepal.Length' "$DATA/iris.csv"
check help             0 regress --help
done_testing
