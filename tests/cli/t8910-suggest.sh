#!/bin/sh
# suggest: a mistyped command or column gets the nearest name as a hint.
. tests/cli/lib.sh
check command-typo      2 descibe "$DATA/iris.csv"
check command-swap      2 gropuby -k cyl count "$DATA/mtcars.csv"
check command-far       2 xyzzy
check help-typo         2 help regres
check column-typo       2 describe -c Sepal.Lenght "$DATA/iris.csv"
check column-far        2 describe -c nothing "$DATA/iris.csv"
done_testing
