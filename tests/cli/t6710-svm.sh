#!/bin/sh
# statpipe svm: golden outputs (the decision values against e1071 are in
# tests/unit/test_nbsvm.c), the model file through predict, and errors.
. tests/cli/lib.sh
export tmp

G='cls ~ x1 + x2 + x3 + f1'
check iris 0 svm 'Species ~ .' $DATA/iris.csv
check gen-regression 0 svm 'y ~ x1 + x2 + x3 + f1' $DATA/nbsvm-gen.csv
check iris-nu 0 svm --type nu-classification --nu 0.3 'Species ~ .' \
    $DATA/iris.csv
check iris-weights 0 svm --class-weights setosa=2,virginica=5 \
    'Species ~ .' $DATA/iris.csv
check iris-linear-coef 0 svm --kernel linear --coefficients --digits 6 \
    'Species ~ .' $DATA/iris.csv
check gen-liblinear 0 svm --kernel linear --solver liblinear "$G" \
    $DATA/nbsvm-gen.csv
check gen-liblinear-coef 0 svm --kernel linear --solver liblinear \
    --coefficients --digits 6 'y ~ x1 + x2 + x3 + f1' $DATA/nbsvm-gen.csv
check iris-cv 0 svm --cv 5 --seed 1 'Species ~ .' $DATA/iris.csv
check iris-grid 0 svm --cv 3 --grid cost=0.1,10 gamma=0.1,1 'Species ~ .' \
    $DATA/iris.csv
# the coefficients are those of the decision values predict writes
check_sh iris-predict 0 '$SP svm --save-model $tmp/m.json "Species ~ ." \
    testdata/iris.csv >/dev/null && $SP predict --model $tmp/m.json \
    --digits 6 testdata/iris.csv | sed -n "1,3p;70,75p"'
check_sh linear-predict 0 '$SP svm --kernel linear --save-model $tmp/m.json \
    "Species ~ ." testdata/iris.csv >/dev/null && $SP predict --model \
    $tmp/m.json --digits 6 testdata/iris.csv | sed -n "1,2p"'
check_sh prob-predict 0 '$SP svm --probability --save-model $tmp/m.json \
    "Species ~ ." testdata/iris.csv >/dev/null && $SP predict --type prob \
    --model $tmp/m.json --digits 3 testdata/iris.csv | sed -n "1,2p;52p"'
check_sh regression-predict 0 '$SP svm --save-model $tmp/m.json \
    "y ~ x1 + x2 + x3 + f1" testdata/nbsvm-gen.csv >/dev/null &&
    $SP predict --model $tmp/m.json --digits 6 testdata/nbsvm-gen.csv |
    head -4'
check_sh liblinear-predict 0 '$SP svm --kernel linear --solver liblinear \
    --save-model $tmp/m.json "cls ~ x1 + x2 + x3 + f1" \
    testdata/nbsvm-gen.csv >/dev/null && $SP predict --model $tmp/m.json \
    --digits 6 testdata/nbsvm-gen.csv | head -3'
check_sh bad-model 1 '$SP svm --save-model $tmp/m.json "Species ~ ." \
    testdata/iris.csv >/dev/null &&
    sed "s/total_sv 51/total_sv 50/" $tmp/m.json >$tmp/b.json &&
    { $SP predict --model $tmp/b.json testdata/iris.csv 2>$tmp/e; rc=$?; }
    sed "s|$tmp|TMP|" $tmp/e >&2; exit $rc'
check_sh bad-scale 1 '$SP svm --save-model $tmp/m.json "Species ~ ." \
    testdata/iris.csv >/dev/null &&
    sed "/\"scale\"/s/\[0\.[0-9]*/[-1/" $tmp/m.json >$tmp/b.json &&
    { $SP predict --model $tmp/b.json testdata/iris.csv 2>$tmp/e; rc=$?; }
    sed "s|$tmp|TMP|" $tmp/e >&2; exit $rc'
check_sh constant 0 'printf "y,a,b\nu,1,2\nv,1,3\nu,1,1\nv,1,5\n" |
    $SP svm "y ~ a + b"'
check bad-kernel 2 svm --kernel cubic 'Species ~ .' $DATA/iris.csv
check bad-degree 2 svm --degree 0 'Species ~ .' $DATA/iris.csv
check bad-cost 2 svm --cost -1 'Species ~ .' $DATA/iris.csv
check bad-weights 2 svm --class-weights rose=2 'Species ~ .' $DATA/iris.csv
check regression-classes 1 svm --type eps-regression 'Species ~ .' \
    $DATA/iris.csv
check liblinear-radial 2 svm --solver liblinear 'Species ~ .' \
    $DATA/iris.csv
check coef-radial 2 svm --coefficients 'Species ~ .' $DATA/iris.csv
check grid-without-cv 2 svm --grid cost=1,2 'Species ~ .' $DATA/iris.csv
check bad-grid 2 svm --cv 3 --grid size=1,2 'Species ~ .' $DATA/iris.csv
check no-tilde 2 svm 'Species' $DATA/iris.csv

done_testing
