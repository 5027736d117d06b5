#!/bin/sh
# freq: counts by count and by value (expected from R's table():
# scripts/gen-fixtures-wrangle.R), tuples, missing values, --top.
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check carb            0 freq -c carb "$M"
check by-value        0 freq -c carb --sort value "$M"
check pairs           0 freq -c cyl,gear "$M"
check top             0 freq -c carb --top 2 "$M"
check missing-last    0 freq -c x "$DATA/na.csv"
check table           0 freq -c Species --format table "$DATA/iris.csv"
check no-column       2 freq "$M"
check bad-sort        2 freq -c carb --sort size "$M"
check ragged          1 freq -c a testdata/bad-short-row.csv
done_testing
