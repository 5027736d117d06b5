#!/bin/sh
# corr --compare: two independent correlations by Fisher's z (the numbers
# are checked against R in tests/unit/test_corr_sided.c).
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check am              0 corr --compare -c mpg,wt -g am "$M"
check levels-greater  0 corr --compare -c Sepal.Length,Sepal.Width -g Species --levels setosa,virginica --alternative greater --conf-level 0.9 "$DATA/iris.csv"
check three-levels    1 corr --compare -c Sepal.Length,Sepal.Width -g Species "$DATA/iris.csv"
check few-pairs       1 corr --compare -c mpg,wt -g carb --levels 6,8 "$M"
check three-columns   2 corr --compare -c mpg,wt,hp -g am "$M"
check no-group        2 corr --compare -c mpg,wt "$M"
check group-alone     2 corr -c mpg,wt -g am "$M"
check spearman        2 corr --compare --method spearman -c mpg,wt -g am "$M"
check constant        0 corr --compare -c mpg,vs -g cyl --levels 4,8 "$M"
done_testing
