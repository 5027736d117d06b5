#!/bin/sh
# normtest: every method, groups, formats and bad input.
. tests/cli/lib.sh
check faithful          0 normtest -c eruptions,waiting "$DATA/faithful.csv"
check all-methods       0 normtest -c mpg -m all "$DATA/mtcars.csv"
check two-methods       0 normtest -c precip -m ad,lillie "$DATA/precip.csv"
check moment-tests      0 normtest -c length -m dagostino,jb "$DATA/rivers.csv"
check by-species        0 normtest -c Sepal.Length,Petal.Width --by Species "$DATA/iris.csv" --format table
check missing-values    0 normtest -c Ozone -m sw "$DATA/airquality.csv"
check_in stdin          0 "$DATA/PlantGrowth.csv" normtest -c weight --by group
check all-too-few       0 normtest -c x -m all "$DATA/one-value.csv"
check too-few           1 normtest -c x "$DATA/one-value.csv"
check all-equal-group   0 normtest -c Sepal.Length -m ad --by Species "$DATA/iris.csv" --na 5.1,4.9,4.7,4.6,5.0,5.4,4.4,4.8,4.3,5.8,5.7,5.2,5.5,4.5,5.3
check too-few-group     0 normtest -c mpg --by cyl,gear "$DATA/mtcars.csv"
check text-column       1 normtest -c Species "$DATA/iris.csv"
check infinite          1 normtest -c x -m all "$DATA/infinite.csv"
check no-columns        2 normtest "$DATA/iris.csv"
check unknown-method    2 normtest -c mpg -m frob "$DATA/mtcars.csv"
check unknown-column    2 normtest -c nope "$DATA/mtcars.csv"
check help              0 normtest --help
done_testing
