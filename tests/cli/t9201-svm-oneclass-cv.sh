#!/bin/sh
# svm --type one-class --cv k: per fold the fraction of its rows that the
# machine of the other folds puts inside (e1071's svm(cross = k)
# accuracies for one-classification), mean and sd over the folds, against
# e1071 on the same folds (tests/ref/svm-oneclass-cv.csv, made by
# scripts/gen-fixtures-svmcv.R) to 1e-12; the grid over nu; errors.
. tests/cli/lib.sh
export tmp

# vs CASE ARGS...: svm ARGS (golden), then "agrees with e1071" on stderr
# if estimate, sd and folds are CASE's in the reference
cat >$tmp/vs <<'SH'
c=$1
shift
$SP svm "$@" >$tmp/o.csv || exit 1
cat $tmp/o.csv
awk -F, -v c="$c" 'function near(a, b) { d = a - b; d = d < 0 ? -d : d;
	b = b < 0 ? -b : b; return d <= 1e-12 * (b > 1 ? b : 1) }
    FNR == 1 { next }
    NR == FNR { if ($1 == c) { e = $2; s = $3; k = $4 }; next }
    $1 == "inside_fraction" && near($2, e) && near($3, s) && $4 == k {
	ok = 1 }
    END { if (ok) print "agrees with e1071" > "/dev/stderr" }' \
    tests/ref/svm-oneclass-cv.csv $tmp/o.csv
SH
IRIS='~ Sepal.Length + Sepal.Width + Petal.Length + Petal.Width'
export IRIS

check_sh iris 0 'sh $tmp/vs iris --type one-class --cv 5 --seed 3 \
    --nu 0.2 "$IRIS" testdata/iris.csv'
check_sh gen 0 'sh $tmp/vs gen --type one-class --cv 4 --seed 11 \
    --nu 0.1 --gamma 0.5 "~ x1 + x2 + x3" testdata/nbsvm-gen.csv'
check_sh linear 0 'sh $tmp/vs linear --type one-class --kernel linear \
    --cv 3 --seed 5 --nu 0.3 "~ x1 + x2" testdata/nbsvm-gen.csv'
# a formula without a response is one-class without --type
check_sh poly 0 'sh $tmp/vs poly --kernel polynomial --cv 10 --seed 1 \
    --nu 0.05 "~ Petal.Length + Petal.Width" testdata/iris.csv'
# the grid: the fraction inside falls as nu (its bound on the fraction
# outside) grows
check grid 0 svm --type one-class --cv 5 --seed 3 --grid nu=0.05,0.2,0.5 \
    gamma=0.1,1 "$IRIS" $DATA/iris.csv
check too-many-folds 2 svm --type one-class --cv 200 "$IRIS" $DATA/iris.csv
check cv-save 2 svm --type one-class --cv 3 --save-model $tmp/m.json \
    "$IRIS" $DATA/iris.csv

done_testing
