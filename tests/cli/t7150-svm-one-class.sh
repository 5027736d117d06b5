#!/bin/sh
# statpipe svm --type one-class: LIBSVM's ONE_CLASS as e1071's
# one-classification (decision values and TRUE/FALSE against e1071 in
# tests/unit/test_nbsvm.c), the model file through predict, and errors.
. tests/cli/lib.sh
export tmp

IRIS='~ Sepal.Length + Sepal.Width + Petal.Length + Petal.Width'
export IRIS
check iris 0 svm --type one-class "$IRIS" $DATA/iris.csv
check gen-nu 0 svm --type one-class --nu 0.1 --gamma 0.5 \
    '~ x1 + x2 + x3 + f1' $DATA/nbsvm-gen.csv
check gen-dot 0 svm --type one-class --nu 0.3 '~ .' $DATA/nbsvm-gen.csv
check linear-coef 0 svm --type one-class --kernel linear --nu 0.2 \
    --coefficients --digits 6 '~ x1 + x2' $DATA/nbsvm-gen.csv
# e1071: predict TRUE inside, FALSE outside; the decision value
check_sh iris-predict 0 '$SP svm --type one-class --nu 0.2 \
    --save-model $tmp/m.json "$IRIS" testdata/iris.csv >/dev/null &&
    $SP predict --model $tmp/m.json --digits 6 testdata/iris.csv |
    sed -n "1,4p;42p;119p"'
check_sh predict-missing 0 '$SP svm --type one-class \
    --save-model $tmp/m.json "~ x1 + x2" testdata/nbsvm-gen.csv >/dev/null &&
    printf "x1,x2\n0,1\n,1\n9,9\n" | $SP predict --model $tmp/m.json \
    --digits 6'
check response 2 svm --type one-class 'Species ~ .' $DATA/iris.csv
check with-prob 2 svm --type one-class --probability "$IRIS" $DATA/iris.csv
check with-liblinear 2 svm --type one-class --kernel linear \
    --solver liblinear "$IRIS" $DATA/iris.csv
check bad-nu 2 svm --type one-class --nu 1.5 "$IRIS" $DATA/iris.csv
# without a response and a --type: one-class, as e1071
check auto 0 svm --nu 0.1 '~ x1 + x2' $DATA/nbsvm-gen.csv
check no-response-classes 2 svm --type c-classification "$IRIS" \
    $DATA/iris.csv
check unknown-column 2 svm --type one-class '~ x9' $DATA/nbsvm-gen.csv

done_testing
