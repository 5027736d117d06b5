#!/bin/sh
# filter: rows where the expression is true; NA rows counted; bad input.
. tests/cli/lib.sh
check done-means      0 filter 'cyl == 6 && mpg > 19' "$DATA/mtcars.csv"
check invert          0 filter -v 'cyl == 6 || mpg > 19' "$DATA/mtcars.csv"
check strings         0 filter 'startswith(model, "Merc") && !contains(model, "SE")' "$DATA/mtcars.csv"
check in-list         0 filter 'Species in ("setosa", "virginica") && Sepal.Length > 7' "$DATA/iris.csv"
check na-warned       0 filter 'Ozone > 100' "$DATA/airquality.csv"
check na-quiet        0 filter -q 'Ozone > 100' "$DATA/airquality.csv"
check na-kept-by-is-na 0 filter 'is_na(Ozone) && Month == 5 && Day < 6' "$DATA/airquality.csv"
check invert-na       0 filter -v 'Ozone < 100 || Month != 5' "$DATA/airquality.csv"
check set-variables   0 filter -s min=30 -s who=Toyota 'mpg > min || contains(model, who)' "$DATA/mtcars.csv"
check from-file       0 filter -f "$DATA/filter-expr.txt" "$DATA/mtcars.csv"
check bytes-kept      0 filter 'zip > 1000' "$DATA/passthrough.csv"
check text-compare    0 filter 'zip == "02134" || name == "Jane"' "$DATA/passthrough.csv"
check column-forms    0 filter '$1 == "Fiat 128" || ${mpg} > 33' "$DATA/mtcars.csv"
check dot-concat      0 filter 'model . "!" == "Valiant!"' "$DATA/mtcars.csv"
check_sh into-regress 0 '$SP filter "am == 1" testdata/mtcars.csv | $SP regress "mpg ~ wt"'
check syntax-error    2 filter 'cyl == 6 && (mpg > 19' "$DATA/mtcars.csv"
check unknown-column  2 filter 'mpgg > 19' "$DATA/mtcars.csv"
check unknown-function 2 filter 'sqr(mpg) > 19' "$DATA/mtcars.csv"
check not-boolean     2 filter 'mpg * 2' "$DATA/mtcars.csv"
check type-error      2 filter 'mpg > "a" + 1' "$DATA/mtcars.csv"
check text-as-number  1 filter 'model > 19' "$DATA/mtcars.csv"
check number-vs-text  1 filter 'model == mpg' "$DATA/mtcars.csv"
check text-as-bool    1 filter 'model' "$DATA/mtcars.csv"
check bad-set         2 filter -s 1x=3 'mpg > 1' "$DATA/mtcars.csv"
check no-expression   2 filter
check missing-file    2 filter -f "$DATA/nonexistent.txt" "$DATA/mtcars.csv"
check ragged          1 filter 'a > 0' "$DATA/ragged.csv"
# a file of 3 MB is parsed by threads: the same rows, in the same order
awk 'BEGIN { print "id,x,s"; for (i = 1; i <= 150000; i++)
	printf "%d,%d,\"r %d, q\"\n", i, (i * 7919) % 1000, i }' >"$tmp/big.csv"
check_sh threads-keep-order 0 "\$SP filter --threads 1 'x < 500' $tmp/big.csv >$tmp/one.csv &&
	\$SP filter --threads 4 'x < 500' $tmp/big.csv >$tmp/four.csv &&
	\$SP mutate --threads 4 'y = x * 2' $tmp/big.csv | \$SP filter --threads 3 'y < 1000' | \$SP select -x y >$tmp/five.csv &&
	cmp $tmp/one.csv $tmp/four.csv && cmp $tmp/one.csv $tmp/five.csv && wc -l <$tmp/four.csv"
done_testing
