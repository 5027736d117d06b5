#!/bin/sh
# statpipe nbayes with missing predictors: each is skipped for the rows
# that miss it, as e1071's naiveBayes (na.pass); the posteriors against
# e1071 are in tests/unit/test_nbsvm.c (nb_votes_na, nb_gen_na).
. tests/cli/lib.sh
export tmp

G='cls ~ x1 + x2 + x3 + f1'
check votes-na-tables 0 nbayes --tables 'Class ~ V1 + V2' \
    $DATA/housevotes-na.csv
check gen-na-tables 0 nbayes --tables --laplace 0.5 "cls ~ x1 + x2 + x3 + f1" \
    $DATA/nbsvm-gen-na.csv
# a row with every predictor missing gets the priors
check_sh gen-na-predict 0 '$SP nbayes --save-model $tmp/m.json "cls ~ x1 + x2 + x3 + f1" \
    testdata/nbsvm-gen-na.csv >/dev/null 2>&1 && $SP predict \
    --model $tmp/m.json --digits 8 testdata/nbsvm-gen-na.csv | sed -n "1,9p"'
check_sh no-class-value 1 'printf "y,x\na,1\na,2\nb,\nb,\n" |
    $SP nbayes "y ~ x"'

done_testing
