#!/bin/sh
# plot path and plot cv: glmnet's charts (R's plot.glmnet and
# plot.cv.glmnet) of regress --penalty --path and --cv: the gnuplot
# scripts (golden), a rendering by the real gnuplot, and errors.
. tests/cli/lib.sh
export tmp

F='mpg ~ wt + hp + qsec + drat'
check_sh path 0 '$SP regress --penalty lasso --path --nlambda 12 \
    "mpg ~ wt + hp + qsec + drat" testdata/mtcars.csv |
    $SP plot path --script'
check_sh path-y 0 '$SP regress --penalty ridge --path --nlambda 5 \
    "mpg ~ wt + hp + qsec + drat" testdata/mtcars.csv |
    $SP plot path -y wt,drat --script'
# lambda_min and lambda_1se: the two dashed lines
check_sh cv 0 '$SP regress --penalty lasso --cv 5 --seed 1 --nlambda 15 \
    "mpg ~ wt + hp + qsec + drat" testdata/mtcars.csv |
    $SP plot cv --script'
check_sh cv-lines 0 '$SP regress --penalty lasso --cv 5 --seed 1 \
    "mpg ~ wt + hp + qsec + drat" testdata/mtcars.csv |
    $SP plot cv --script | grep -c "nohead dt 2"'
if command -v gnuplot >/dev/null 2>&1; then
	check_sh cv-render 0 '$SP regress --penalty lasso --cv 5 --seed 1 \
	    "mpg ~ wt + hp" testdata/mtcars.csv |
	    $SP plot cv -o $tmp/cv.svg && grep -c "<svg" $tmp/cv.svg'
fi
check path-not-path 2 plot path "$DATA/iris.csv"
check cv-not-cv 2 plot cv "$DATA/mtcars.csv"
check_sh path-text 1 'printf "lambda,df,dev_ratio,a\n1,0,0,x\n" |
    $SP plot path'
check_sh path-no-lambda 1 'printf "lambda,df,dev_ratio,a\n0,0,0,1\n" |
    $SP plot path'
check_sh cv-by 2 '$SP regress --penalty lasso --cv 5 --seed 1 "mpg ~ wt + hp" \
    testdata/mtcars.csv | $SP plot cv --by nzero'

done_testing
