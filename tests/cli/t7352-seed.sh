#!/bin/sh
# --seed: one parser (cmd/common) and one meaning in every command that
# draws random numbers: the same message for a bad seed, the whole range
# 0 .. 4294967295, and each command's default kept when it is not given.
. tests/cli/lib.sh
mt=$DATA/mtcars.csv
for c in folds "holdout --mark" "sample -n 3" "tree mpg~wt" \
    "forest mpg~wt" "nbayes --cv 2 vs~mpg" "svm --cv 2 vs~mpg" \
    "regress --cv 2 mpg~wt" "boot -c mpg" "chisq --simulate 9 -c gear,am"; do
	cmd=${c%% *}	# lib.sh's check sets $name
	check "bad-seed-$cmd" 2 $c --seed -1 "$mt"
	check "big-seed-$cmd" 2 $c --seed 4294967296 "$mt"
done
check_sh folds-default  0 "\$SP folds -k 3 $mt >\$tmp/a && \$SP folds -k 3 --seed 0 $mt | cmp - \$tmp/a && echo same"
check_sh holdout-default 0 "\$SP holdout --mark $mt >\$tmp/a && \$SP holdout --mark --seed 0 $mt | cmp - \$tmp/a && echo same"
check_sh folds-top-seed 0 "\$SP folds -k 3 --seed 4294967295 $mt | awk -F, 'NR > 1 { print \$NF }' | sort | uniq -c"
check_sh sample-top-seed 0 "\$SP sample -n 5 --seed 4294967295 $mt | wc -l"
done_testing
