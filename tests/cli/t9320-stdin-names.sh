#!/bin/sh
# Commands that read their input twice (bin --bins, pca --scores, kmeans
# --assign) spool stdin to a temporary file; every message names it
# stdin, as one pass does, not the copy's /dev/fd/N: the warning about
# duplicate column names (pca and kmeans give it in each pass), a bad
# value's line, an empty input.
. tests/cli/lib.sh
printf 'a,a,b\n1,2,3\n4,5,6\n2,2,1\n7,1,2\n' >"$tmp/dup.csv"
printf 'a,b\n1,2\n3,x\n' >"$tmp/bad.csv"
: >"$tmp/empty.csv"
for c in "bin -c b --bins 2" "pca -c 2,3 --scores" \
    "kmeans -k 2 -c 2,3 --seed 1 --assign"; do
	n=${c%% *}
	check_in "$n-duplicate" 0 "$tmp/dup.csv" $c
	check_sh "$n-duplicate-pipe" 0 "cat $tmp/dup.csv | \$SP $c - >/dev/null"
	check_in "$n-bad" 1 "$tmp/bad.csv" $(echo "$c" | sed 's/2,3/1,2/')
	check_in "$n-empty" 1 "$tmp/empty.csv" $c
	# a file keeps its name
	check "$n-file" 1 $(echo "$c" | sed 's/2,3/2/; s/-c b/-c 2/') \
	    "$DATA/bad-number.csv"
done
done_testing
