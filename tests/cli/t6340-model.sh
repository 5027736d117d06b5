#!/bin/sh
# The one model workflow: tree, forest and regress save a model file and
# predict applies it, whatever its kind; bad model files are one-line
# errors naming the field.
. tests/cli/lib.sh
# some checks run in $tmp
case $SP in /*) ;; *) SP=$PWD/$SP STATPIPE=$PWD/$STATPIPE ;; esac

M=$tmp/m.json
G='x1 + x2 + x3 + c2 + c4 + c6'

# a tree's predictions are its leaves' values: yval and shares of the
# leaf the rows fall in, as --rules shows them
check_sh tree-class 0 '$SP tree --save-model '"$M"' "Species ~ ." \
    testdata/iris.csv >/dev/null && $SP predict --model '"$M"' \
    testdata/iris.csv | sed -n "1p;2p;52p;102p;150p"'
check_sh tree-anova 0 '$SP tree --save-model '"$M"' "y ~ '"$G"'" \
    testdata/tree-gen.csv >/dev/null && $SP predict --model '"$M"' \
    testdata/tree-gen.csv | $SP describe -c fitted -s count,mean,min,max'
# the fitted mean is the mean of y: every row lands in one leaf
check_sh tree-anova-mean 0 '$SP tree --save-model '"$M"' "y ~ '"$G"'" \
    testdata/tree-gen.csv >/dev/null && $SP predict --model '"$M"' \
    testdata/tree-gen.csv | $SP describe -c y,fitted -s mean --digits 12'
check_sh tree-categorical 0 '$SP tree --save-model '"$M"' "cls ~ c4 + c6" \
    --cp 0.001 testdata/tree-gen.csv >/dev/null && $SP predict --type class \
    --model '"$M"' testdata/tree-gen.csv | $SP groupby -k cls,predicted --sort count'
check_sh forest-class 0 '$SP forest --trees 25 --seed 3 --save-model '"$M"' \
    "Species ~ ." testdata/iris.csv >/dev/null && $SP predict --type prob \
    --model '"$M"' testdata/iris.csv | sed -n "1p;2p;71p;135p"'
check_sh forest-anova 0 '$SP forest --trees 25 --seed 3 --save-model '"$M"' \
    "mpg ~ cyl + hp + wt" testdata/mtcars.csv >/dev/null &&
    $SP predict --model '"$M"' testdata/mtcars-new.csv'
# holdout -> forest -> predict -> metrics
check_sh workflow 0 '$SP holdout --test 0.3 --strata Species --seed 2 \
    --train '"$tmp"'/tr.csv --test-out '"$tmp"'/te.csv testdata/iris.csv &&
    $SP forest --seed 2 --trees 50 --save-model '"$M"' "Species ~ ." \
    '"$tmp"'/tr.csv >/dev/null && $SP predict --model '"$M"' '"$tmp"'/te.csv |
    $SP metrics -t Species -p predicted --format table --digits 4'
check_sh regress 0 '$SP regress --save-model '"$M"' "mpg ~ wt" \
    testdata/mtcars.csv >/dev/null && $SP predict --model '"$M"' \
    testdata/mtcars-new.csv'
check_sh missing-predictor 0 '$SP tree --save-model '"$M"' \
    "Ozone ~ Solar.R + Wind" testdata/airquality.csv >/dev/null 2>&1 &&
    $SP predict --model '"$M"' testdata/airquality.csv | sed -n "5,6p"'
check_sh unseen-level 1 '$SP tree --save-model '"$M"' "len ~ supp + dose" \
    testdata/ToothGrowth.csv >/dev/null && sed "s/,VC,/,XX,/" \
    testdata/ToothGrowth.csv > '"$tmp"'/tg.csv && cd '"$tmp"' &&
    $SP predict --model '"$M"' tg.csv'
check_sh missing-column 2 '$SP tree --save-model '"$M"' "Species ~ ." \
    testdata/iris.csv >/dev/null && $SP predict --model '"$M"' \
    testdata/mtcars.csv'
# hostile files: each a one-line error naming the field
bad() {
	name=$1 expr=$2
	check_sh "$name" 1 '$SP tree --save-model '"$M"' "Species ~ ." \
	    testdata/iris.csv >/dev/null && sed '"'$expr'"' '"$M"' > '"$tmp"'/bad.json &&
	    cd '"$tmp"' && $SP predict --model bad.json "$OLDPWD/testdata/iris.csv"'
}
bad bad-kind 's/"kind": "tree"/"kind": "pca"/'
bad bad-version 's/"statpipe_model": 1/"statpipe_model": 2/'
bad bad-child 's/"left": \[1,/"left": [0,/'
bad bad-cycle 's/"right": \[2, 0, 4/"right": [2, 0, 2/'
bad bad-var 's/"var": \[2,/"var": [7,/'
bad bad-class 's/"yval": \[0,/"yval": [5,/'
bad bad-nodes 's/"n": \[150, 50, 100, 54, 46\]/"n": [150]/'
bad no-predictors 's/"predictors": \[/"predictors": 3, "x": [/'

# pca and kmeans models through predict: the same as --scores and --assign
check_sh pca-predict 0 "\$SP pca --scale -c 1-4 --save-model $tmp/pca.json $DATA/iris.csv >/dev/null &&
    \$SP predict --model $tmp/pca.json $DATA/iris.csv >$tmp/p1 &&
    \$SP pca --scale -c 1-4 --scores $DATA/iris.csv | cmp - $tmp/p1 && head -3 $tmp/p1"
check_sh kmeans-predict 0 "\$SP kmeans -c 1-4 -k 3 --save-model $tmp/km.json $DATA/iris.csv >/dev/null &&
    \$SP predict --model $tmp/km.json $DATA/iris.csv >$tmp/k1 &&
    \$SP kmeans -c 1-4 -k 3 --assign $DATA/iris.csv | cmp - $tmp/k1 && head -3 $tmp/k1"
done_testing
