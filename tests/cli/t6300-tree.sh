#!/bin/sh
# statpipe tree: the fitted frames against R's rpart (expect/t6300/rpart-*,
# written by scripts/gen-fixtures-tree.R), then golden outputs and errors.
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=rpart

# every fit with rpart's xval = 0, maxsurrogate = 0 (--surrogates 0)
MT='mpg ~ cyl + disp + hp + drat + wt + qsec + vs + am + gear + carb'
KY='Kyphosis ~ Age + Number + Start'
G='x1 + x2 + x3 + c2 + c4 + c6'
for v in "" -importance -cptable; do
	o=${v:+-}$v; [ "$v" = -cptable ] && o="$o --xval 0"
	ref iris$v tree $o --surrogates 0 'Species ~ .' $DATA/iris.csv
	ref iris-deep$v tree $o --surrogates 0 --cp 0 --minsplit 5 'Species ~ .' $DATA/iris.csv
	ref mtcars$v tree $o --surrogates 0 "$MT" $DATA/mtcars.csv
	ref mtcars-deep$v tree $o --surrogates 0 --minsplit 6 --cp 0.001 "$MT" $DATA/mtcars.csv
	ref kyphosis$v tree $o --surrogates 0 "$KY" $DATA/kyphosis.csv
	ref kyphosis-deep$v tree $o --surrogates 0 --minsplit 10 --cp 0.005 "$KY" $DATA/kyphosis.csv
	ref gen-anova$v tree $o --surrogates 0 --cp 0.002 "y ~ $G" $DATA/tree-gen.csv
	ref gen-class$v tree $o --surrogates 0 --cp 0.002 "cls ~ $G" $DATA/tree-gen.csv
	ref gen-binary$v tree $o --surrogates 0 --cp 0.003 "bin ~ $G" $DATA/tree-gen.csv
	ref gen-depth$v tree $o --surrogates 0 --maxdepth 3 --cp 0 "y ~ x1 + c4 + c6" $DATA/tree-gen.csv
done
ref gen-class-pruned tree --surrogates 0 --cp 0.002 --prune 0.01 "cls ~ $G" $DATA/tree-gen.csv
ref gen-class-pruned-importance tree --surrogates 0 --importance --cp 0.002 --prune 0.01 \
    "cls ~ $G" $DATA/tree-gen.csv
ref kyphosis-pruned tree --surrogates 0 --minsplit 10 --cp 0.005 --prune 0.05 "$KY" \
    $DATA/kyphosis.csv

check iris-rules 0 tree --rules 'Species ~ .' $DATA/iris.csv
check mtcars-minsplit 0 tree --minsplit 9 --format table "$MT" $DATA/mtcars.csv
check airquality-missing 0 tree 'Ozone ~ Solar.R + Wind + Temp' \
    $DATA/airquality.csv
check numeric-class 0 tree --method class 'am ~ wt + hp' $DATA/mtcars.csv
check text-anova 1 tree --method anova 'Species ~ .' $DATA/iris.csv
check unknown-column 2 tree 'Species ~ Petal' $DATA/iris.csv
check no-tilde 2 tree 'Species' $DATA/iris.csv
check bad-cp 2 tree --cp x 'Species ~ .' $DATA/iris.csv
check bad-maxdepth 2 tree --maxdepth 31 'Species ~ .' $DATA/iris.csv
check two-views 2 tree --rules --importance 'Species ~ .' $DATA/iris.csv
check one-class 1 tree --method class "y ~ x" \
    $DATA/constant-y.csv
check xval-seed 0 tree --cptable --xval 5 --seed 3 "$KY" $DATA/kyphosis.csv

done_testing
