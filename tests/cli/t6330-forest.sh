#!/bin/sh
# statpipe forest: the out-of-bag error against the spread of R's
# randomForest over 20 seeds (expect/t6330/rf-spread.csv, written by
# scripts/gen-fixtures-forest.R), importance on data whose truth is known,
# the same forest on any number of threads, then golden outputs and errors.
. tests/cli/lib.sh

MT='mpg ~ cyl + disp + hp + drat + wt + qsec + vs + am + gear + carb'
G='x1 + x2 + x3 + c2 + c4 + c6'

# spread NAME METRIC ARGS...: the mean of METRIC over seeds 1 to 5 lies in
# R's range for NAME
spread() {
	name=$1 metric=$2
	shift 2
	lo=$(awk -F, -v n="$name" '$1 == n { print $3 }' "$EXP/rf-spread.csv")
	hi=$(awk -F, -v n="$name" '$1 == n { print $4 }' "$EXP/rf-spread.csv")
	for s in 1 2 3 4 5; do
		"$STATPIPE" forest --seed $s "$@" | grep "^$metric,"
	done >"$tmp/runs" 2>"$tmp/err"
	mean=$(awk -F, '{ s += $2 } END { if (NR == 5) print s / NR }' "$tmp/runs")
	if [ -n "$mean" ] && awk -v m="$mean" -v lo="$lo" -v hi="$hi" \
	    'BEGIN { exit !(m >= lo && m <= hi) }'; then
		npass=$((npass + 1))
		echo "ok - $T spread-$name"
	else
		nfail=$((nfail + 1))
		echo "not ok - $T spread-$name: mean $mean not in [$lo, $hi]"
	fi
}

spread iris oob_error 'Species ~ .' $DATA/iris.csv
spread mtcars oob_mse "$MT" $DATA/mtcars.csv
spread gen-class oob_error --trees 100 "cls ~ $G" $DATA/tree-gen.csv
spread gen-anova oob_mse --trees 100 "y ~ $G" $DATA/tree-gen.csv

# the informative predictors first: x1 the strongest, x3 pure noise
check_sh importance-permutation 0 '$SP forest --trees 100 --importance \
    permutation "cls ~ '"$G"'" testdata/tree-gen.csv | cut -d, -f1 |
    sed -n "2p;\$p"; $SP forest --trees 100 --importance permutation \
    "y ~ '"$G"'" testdata/tree-gen.csv | cut -d, -f1 | sed -n "2p;\$p"'
check_sh importance-impurity 0 '$SP forest --trees 100 --importance impurity \
    "y ~ '"$G"'" testdata/tree-gen.csv | cut -d, -f1 | sed -n 2p'
check_sh threads 0 'a=$($SP forest --trees 60 --importance permutation \
    "y ~ '"$G"'" testdata/tree-gen.csv); b=$($SP forest --trees 60 \
    --threads 2 --importance permutation "y ~ '"$G"'" testdata/tree-gen.csv);
    [ "$a" = "$b" ] && echo same'
check iris 0 forest --seed 4 'Species ~ .' $DATA/iris.csv
check iris-confusion 0 forest --seed 4 --confusion 'Species ~ .' \
    $DATA/iris.csv
check mtcars-options 0 forest --seed 2 --trees 50 --mtry 4 \
    --min-node-size 3 --sample-fraction 0.7 --no-replace "$MT" \
    $DATA/mtcars.csv
check bad-importance 2 forest --importance gini 'Species ~ .' $DATA/iris.csv
check bad-mtry 2 forest --mtry 9 'Species ~ .' $DATA/iris.csv
check bad-trees 2 forest --trees 0 'Species ~ .' $DATA/iris.csv
check confusion-numbers 2 forest --confusion "$MT" $DATA/mtcars.csv
check no-formula 2 forest $DATA/iris.csv

done_testing
