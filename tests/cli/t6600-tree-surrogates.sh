#!/bin/sh
# statpipe tree on data with missing predictors: frames, split lists
# (primary and surrogates) and importance against R's rpart with its
# surrogate defaults (expect/t6600/rpart-*, scripts/gen-fixtures-tree.R).
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=rpart

KY='Kyphosis ~ Age + Number + Start'
G='x1 + x2 + x3 + c2 + c4 + c6'
for v in "" -splits -importance; do
	o=${v:+-}$v
	ref airquality$v tree $o 'Ozone ~ .' $DATA/airquality.csv
	ref airquality-deep$v tree $o --cp 0.001 --minsplit 8 'Ozone ~ .' \
	    $DATA/airquality.csv
	ref airquality-sur2$v tree $o --surrogates 2 'Ozone ~ .' \
	    $DATA/airquality.csv
	ref kyphosis$v tree $o "$KY" $DATA/kyphosis-na.csv
	ref kyphosis-deep$v tree $o --minsplit 10 --cp 0.005 "$KY" \
	    $DATA/kyphosis-na.csv
	ref gen-anova$v tree $o --cp 0.005 "y ~ $G" $DATA/tree-gen-na.csv
	ref gen-class$v tree $o --cp 0.005 "cls ~ $G" $DATA/tree-gen-na.csv
	ref gen-binary$v tree $o --cp 0.005 "bin ~ $G" $DATA/tree-gen-na.csv
done
# no surrogates: a row missing the primary goes to the majority side
ref airquality-sur0 tree --surrogates 0 'Ozone ~ .' $DATA/airquality.csv
ref airquality-sur0-importance tree --importance --surrogates 0 'Ozone ~ .' \
    $DATA/airquality.csv
ref airquality-cptable tree --cptable --xval 0 'Ozone ~ .' $DATA/airquality.csv

check bad-surrogates 2 tree --surrogates -1 'Ozone ~ .' $DATA/airquality.csv
check splits-views 2 tree --splits --rules 'Ozone ~ .' $DATA/airquality.csv
check many-levels 1 tree "y ~ x + z" $DATA/tree-manylevels.csv
# the cap is for 3 or more classes: anova orders the levels
check many-levels-anova 0 tree --cp 0.02 "z ~ x" $DATA/tree-manylevels.csv

done_testing
