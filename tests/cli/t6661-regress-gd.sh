#!/bin/sh
# statpipe regress --solver gd|sgd: golden outputs (the coefficients against
# lm, glm, glmnet and scikit-learn are in tests/unit/test_gd.c), the trace,
# the model file through predict, and errors.
. tests/cli/lib.sh
export tmp

F='mpg ~ wt + hp + qsec'
check gd 0 regress --solver gd --digits 8 "$F" $DATA/mtcars.csv
check_sh gd-trace-tail 0 '$SP regress --solver gd --trace --digits 6 \
    "mpg ~ wt + hp + qsec" testdata/mtcars.csv | tail -3'
check gd-logit 0 regress --solver gd --family binomial --epochs 20000 \
    --digits 6 'am ~ wt + hp' $DATA/mtcars.csv
check gd-lasso 0 regress --solver gd --penalty lasso --lambda 0.5 \
    --digits 6 'mpg ~ wt + hp + qsec + drat' $DATA/mtcars.csv
check sgd-sklearn 0 regress --solver sgd --no-shuffle --tol none \
    --epochs 20 --digits 12 "$F" $DATA/mtcars.csv
check sgd-seeded 0 regress --solver sgd --batch-size 8 --seed 3 \
    --schedule adaptive --learning-rate 0.05 --digits 6 "$F" \
    $DATA/mtcars.csv
check sgd-unconverged 0 regress --solver sgd --epochs 3 --digits 6 "$F" \
    $DATA/mtcars.csv
check_sh gd-predict 0 '$SP regress --solver gd --save-model $tmp/m.json \
    "mpg ~ wt + hp + qsec" testdata/mtcars.csv >/dev/null &&
    $SP predict --model $tmp/m.json --digits 6 testdata/mtcars.csv |
    head -4'
# cross-validated as regress --cv (the same folds): equal at 6 digits
check_sh gd-cv-as-lm 0 'for s in "--solver gd" ""; do $SP regress $s \
    --cv 5 --seed 2 --digits 6 "mpg ~ wt + hp + qsec" testdata/mtcars.csv \
    >$tmp/cv$#; set -- "$@" x; done; cmp $tmp/cv0 $tmp/cv1 && cat $tmp/cv0'
check sgd-cv-binomial 0 regress --solver sgd --cv 4 --seed 1 --digits 6 \
    --family binomial 'am ~ wt + hp' $DATA/mtcars.csv
check cv-and-trace 2 regress --solver gd --cv 5 --trace "$F" $DATA/mtcars.csv
check bad-solver 2 regress --solver newton "$F" $DATA/mtcars.csv
check bad-schedule 2 regress --solver sgd --schedule best "$F" \
    $DATA/mtcars.csv
check bad-epochs 2 regress --solver gd --epochs 0 "$F" $DATA/mtcars.csv
check lambda-without-penalty 2 regress --solver gd --lambda 1 "$F" \
    $DATA/mtcars.csv
check bad-rate 2 regress --solver gd --learning-rate -1 "$F" \
    $DATA/mtcars.csv
check_sh constant-column 1 'printf "y,x\n1,2\n2,2\n3,2\n" |
    $SP regress --solver gd "y ~ x"'
check not-binary 1 regress --solver gd --family binomial "$F" \
    $DATA/mtcars.csv

done_testing
