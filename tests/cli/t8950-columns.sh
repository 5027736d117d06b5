#!/bin/sh
# column lists: quoted names with commas, shell patterns, "!" to exclude;
# a duplicated header name is a warning, and naming it an error.
. tests/cli/lib.sh
check glob              0 describe -s mean -c 'Sepal.*' "$DATA/iris.csv"
check exclude           0 select -c '!Species,Sepal.*' "$DATA/iris.csv"
check_sh quoted-comma   0 'printf "%s\n" "\"maker, country\",price" "\"a, b\",3" "\"c, d\",5" |
	$SP describe -s sum -c "\"maker, country\",price"'
check glob-no-match     2 describe -c 'Sepal.X*' "$DATA/iris.csv"
check quote-unclosed    2 describe -c '"Sepal.Length' "$DATA/iris.csv"
check_sh dup-warning     0 'printf "a,b,a\n1,2,3\n4,6,9\n" | $SP describe -s mean -c 3'
check_sh dup-by-name    2 'printf "a,b,a\n1,2,3\n4,6,9\n" | $SP describe -s mean -c a'
done_testing
