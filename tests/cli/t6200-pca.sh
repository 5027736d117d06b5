#!/bin/sh
# pca: the three views, centring and scaling, rank, missing values, bad
# input.  The numbers are R's prcomp (tests/unit/test_pca.c checks them
# to 1e-10); signs: the largest |loading| of each component positive.
. tests/cli/lib.sh
check iris-scaled       0 pca --scale -c 1-4 "$DATA/iris.csv"
check iris              0 pca -c 1-4 "$DATA/iris.csv"
check loadings          0 pca --scale -c 1-4 --loadings "$DATA/iris.csv"
check scores            0 pca --scale -c 1-4 --scores --digits 7 "$DATA/iris.csv"
check no-center         0 pca --no-center --scale -c 1-4 --digits 7 "$DATA/iris.csv"
check rank              0 pca --scale --rank 2 -c 1-4 --loadings "$DATA/iris.csv"
check mtcars            0 pca --scale --digits 6 -c 2-12 "$DATA/mtcars.csv"
check_in stdin          0 "$DATA/iris.csv" pca -c 1-4 --digits 6 --format table
check missing           0 pca -c Ozone,Solar.R,Wind,Temp --scale "$DATA/airquality.csv"
check missing-scores    0 pca -c Ozone,Solar.R --scale --scores --digits 6 "$DATA/airquality.csv"
check constant          1 pca --scale -c x "$DATA/constant.csv"
check text-column       1 pca -c Sepal.Length,Species "$DATA/iris.csv"
check one-row           1 pca -c x,y "$DATA/one-value.csv"
check unknown-column    2 pca -c nosuch "$DATA/iris.csv"
check bad-rank          2 pca --rank 0 -c 1-4 "$DATA/iris.csv"
check two-views         2 pca --loadings --scores -c 1-4 "$DATA/iris.csv"
check_sh save-model     0 'f=$(mktemp) && $SP pca --scale -c 1-4 --rank 2 --save-model "$f" testdata/iris.csv >/dev/null && cat "$f"; rm -f "$f"'
check save-model-bad    1 pca -c 1-4 --save-model /nonexistent/dir/m.json "$DATA/iris.csv"
check help              0 pca --help
done_testing
