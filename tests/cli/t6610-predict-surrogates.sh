#!/bin/sh
# statpipe predict with a saved tree on rows with missing predictors:
# each row goes by the surrogate splits stored in the model file, as R's
# predict(rpart) (expect/t6610/rpart-*, scripts/gen-fixtures-trees3.R).
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=rpart

M=$tmp/m.json
KY='Kyphosis ~ Age + Number + Start'
G='x1 + x2 + x3 + c2 + c4 + c6'
# pred NAME DATA TREE-ARGS...: fit, save, predict DATA, compare with R
pred() {
	name=$1 data=$2
	shift 2
	"$STATPIPE" tree --save-model "$M" "$@" >/dev/null 2>&1
	ref "$name" predict --model "$M" "$data"
}
pred airquality $DATA/airquality.csv 'Ozone ~ .' $DATA/airquality.csv
pred airquality-new $DATA/airquality-new.csv 'Ozone ~ .' \
    $DATA/airquality.csv
pred airquality-sur0 $DATA/airquality.csv --surrogates 0 'Ozone ~ .' \
    $DATA/airquality.csv
pred airquality-deep $DATA/airquality.csv --cp 0.001 --minsplit 8 \
    'Ozone ~ .' $DATA/airquality.csv
pred kyphosis $DATA/kyphosis-na.csv "$KY" $DATA/kyphosis-na.csv
pred kyphosis-deep $DATA/kyphosis-na.csv --minsplit 10 --cp 0.005 "$KY" \
    $DATA/kyphosis-na.csv
pred gen-anova $DATA/tree-gen-na.csv --cp 0.005 "y ~ $G" \
    $DATA/tree-gen-na.csv
pred gen-class $DATA/tree-gen-na.csv --cp 0.005 "cls ~ $G" \
    $DATA/tree-gen-na.csv

# the model file holds each split's surrogates and majority side
check_sh saved-surrogates 0 '$SP tree --save-model '"$M"' "Ozone ~ ." \
    testdata/airquality.csv >/dev/null 2>&1 && grep -A3 "majority\|surrogates" '"$M"
# hostile surrogates: one line naming the field
bad() {
	name=$1 expr=$2
	check_sh "$name" 1 '$SP tree --save-model '"$M"' "Ozone ~ ." \
	    testdata/airquality.csv >/dev/null 2>&1 && sed '"'$expr'"' '"$M"' > '"$tmp"'/bad.json &&
	    cd '"$tmp"' && $SP predict --model bad.json "$OLDPWD/testdata/airquality.csv"'
}
bad bad-sur-var 's/{"var": 2, "dir": -1/{"var": 9, "dir": -1/'
bad bad-sur-dir 's/{"var": 2, "dir": -1/{"var": 2, "dir": 0/'
bad bad-majority 's/"majority": \[-1,/"majority": [3,/'
bad bad-sur-leaf 's/^      \[\]$/      [{"var": 1, "dir": 1, "split": 3}]/'
done_testing
