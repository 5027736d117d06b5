#!/bin/sh
# column lists: quoted names with commas, shell patterns, "!" to exclude.
. tests/cli/lib.sh
check glob              0 describe -s mean -c 'Sepal.*' "$DATA/iris.csv"
check exclude           0 select -c '!Species,Sepal.*' "$DATA/iris.csv"
check_sh quoted-comma   0 'printf "%s\n" "\"maker, country\",price" "\"a, b\",3" "\"c, d\",5" |
	$SP describe -s sum -c "\"maker, country\",price"'
check glob-no-match     2 describe -c 'Sepal.X*' "$DATA/iris.csv"
check quote-unclosed    2 describe -c '"Sepal.Length' "$DATA/iris.csv"
done_testing
