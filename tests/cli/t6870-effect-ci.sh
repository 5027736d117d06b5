#!/bin/sh
# ttest --effect-ci: Cohen's d and Hedges' g with noncentral-t intervals
# (the numbers are checked against R in tests/unit/test_effect.c).
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check two-sample     0 ttest -c mpg -g am --sort --effect-ci "$M"
check one-sample     0 ttest -c mpg --mu 20 --effect-ci "$M"
check paired-99      0 ttest -c mpg,qsec --paired --effect-ci --conf-level 0.99 "$M"
check greater        0 ttest -c mpg -g am --sort --effect-ci --alternative greater "$M"
check constant       0 ttest -c y --effect-ci "$DATA/anova-constant.csv"
check one-value      0 ttest -c x --effect-ci "$DATA/one-value.csv"
check ranktest       2 ranktest -c mpg -g am --effect-ci "$M"
done_testing
