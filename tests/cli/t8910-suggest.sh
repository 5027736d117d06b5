#!/bin/sh
# suggest: a mistyped command or column gets the nearest name as a hint.
. tests/cli/lib.sh
check command-typo      2 descibe "$DATA/iris.csv"
check command-swap      2 gropuby -k cyl count "$DATA/mtcars.csv"
check command-far       2 xyzzy
check help-typo         2 help regres
check column-typo       2 describe -c Sepal.Lenght "$DATA/iris.csv"
check column-far        2 describe -c nothing "$DATA/iris.csv"
check statistic-typo    2 describe -s meen "$DATA/iris.csv"
check operation-typo    2 groupby --by Species meen:Sepal.Length "$DATA/iris.csv"
check operation-bare    2 groupby --by Species bogus "$DATA/iris.csv"
check datamash-names    0 groupby --by Species sstdev:Sepal.Length svar:Sepal.Length countunique:Petal.Width q2:Petal.Width "$DATA/iris.csv"
check distribution-typo 2 dist poison --cdf 1
check distribution-english 0 dist poisson --lambda 3 --cdf 2
check plot-kind-typo    2 plot scater -x Sepal.Length -y Sepal.Width "$DATA/iris.csv"
done_testing
