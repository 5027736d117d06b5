#!/bin/sh
# ztest: the forms of ttest with known standard deviations.
. tests/cli/lib.sh
check one-sample        0 ztest --sigma 6 -c mpg --mu 20 "$DATA/mtcars.csv"
check two-sigmas        0 ztest --sigma 8,7 -c len -g supp "$DATA/ToothGrowth.csv"
check greater-99        0 ztest --sigma 8,7 -c len -g supp --alternative greater --conf-level 0.99 "$DATA/ToothGrowth.csv"
check constant          0 ztest --sigma 1 -c x "$DATA/constant.csv"
check paired            0 ztest --sigma 1.2 --paired -c drug1,drug2 "$DATA/sleep-wide.csv"
check each              0 ztest --sigma 4 -c len -g supp --strata dose "$DATA/ToothGrowth.csv" --format table --digits 4
check no-sigma          2 ztest -c mpg "$DATA/mtcars.csv"
check bad-sigma         2 ztest --sigma 0 -c mpg "$DATA/mtcars.csv"
check bad-sigmas        2 ztest --sigma 1,x -c mpg "$DATA/mtcars.csv"
check equal-var         2 ztest --sigma 1 --equal-var -c mpg "$DATA/mtcars.csv"
check help              0 ztest --help
done_testing
