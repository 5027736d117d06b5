#!/bin/sh
# statpipe nbayes: golden outputs (the posteriors against e1071 are in
# tests/unit/test_nbsvm.c), the model file through predict, and errors.
. tests/cli/lib.sh
export tmp

G='cls ~ x1 + x2 + x3 + f1'
check iris 0 nbayes 'Species ~ .' $DATA/iris.csv
check iris-tables 0 nbayes --tables 'Species ~ .' $DATA/iris.csv
check gen-tables-laplace 0 nbayes --tables --laplace 1 "$G" \
    $DATA/nbsvm-gen.csv
check gen-priors 0 nbayes --priors 0.2,0.3,0.5 "$G" $DATA/nbsvm-gen.csv
check votes-cv 0 nbayes --cv 5 --seed 2 'Class ~ .' $DATA/housevotes.csv
check_sh iris-predict 0 '$SP nbayes --save-model $tmp/m.json "Species ~ ." \
    testdata/iris.csv >/dev/null && $SP predict --model $tmp/m.json \
    --digits 6 testdata/iris.csv | sed -n "1,3p;70,80p"'
# the posteriors of the priors given: they shift toward the larger prior
check_sh gen-priors-predict 0 '$SP nbayes --priors 0.2,0.3,0.5 \
    --save-model $tmp/m.json "cls ~ x1 + x2 + x3 + f1" \
    testdata/nbsvm-gen.csv >/dev/null && $SP predict --model $tmp/m.json \
    --digits 6 testdata/nbsvm-gen.csv | head -5'
check_sh predict-missing 0 'printf "x1,x2,x3,f1\n1,2,,p\n1,2,0,q\n" |
    $SP predict --model $tmp/m.json --digits 6'
check_sh predict-new-level 1 'printf "x1,x2,x3,f1\n1,2,0,s\n" |
    $SP predict --model $tmp/m.json'
check_sh predict-bad-model 1 '$SP nbayes --save-model $tmp/m.json \
    "Species ~ ." testdata/iris.csv >/dev/null &&
    sed "s/\"priors\": \[0.3/\"priors\": [-0.3/" $tmp/m.json >$tmp/b.json &&
    { $SP predict --model $tmp/b.json testdata/iris.csv 2>$tmp/e; rc=$?; }
    sed "s|$tmp|TMP|" $tmp/e >&2; exit $rc'
check numbers-as-classes 0 nbayes --tables 'am ~ wt + vs' $DATA/mtcars.csv
check one-class 1 nbayes 'y ~ x' $DATA/constant-y.csv
check bad-laplace 2 nbayes --laplace -1 "$G" $DATA/nbsvm-gen.csv
check bad-priors 2 nbayes --priors 0.5,x "$G" $DATA/nbsvm-gen.csv
check priors-count 2 nbayes --priors 0.5,0.5 "$G" $DATA/nbsvm-gen.csv
check no-tilde 2 nbayes 'Species' $DATA/iris.csv
check unknown-column 2 nbayes 'Species ~ Petal' $DATA/iris.csv
check save-and-cv 2 nbayes --cv 5 --save-model x.json 'Species ~ .' \
    $DATA/iris.csv

done_testing
