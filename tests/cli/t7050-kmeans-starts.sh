#!/bin/sh
# kmeans random starts run in parallel (issue 18): start i is seeded from
# stream i of --seed and the best is the least tot_withinss, the earliest
# of equals, so the table is the same for any --threads, with several
# starts (a start a thread) and with one (its rows split among threads:
# 24000 rows, over the 20000 where splitting starts).  predict of a
# kmeans model streams: rows out as read, missing values empty and
# counted, stdin read once; --format other than csv/tsv is refused as
# for every verb that passes rows through.  -k is at most 65535.
# The predicted rows are R's: k <- kmeans(iris[, 1:4], as.matrix(read.csv(
# "testdata/iris-centers.csv"))), then the nearest of k$centers to each
# row: clusters 1, 3, 2 at distances 0.1413506, 0.4377131, 0.3242617.
. tests/cli/lib.sh
GEN='awk "BEGIN { s = 7; print \"a,b\"; for (i = 0; i < 24000; i++) { s = (s * 1103515245 + 12345) % 2147483648; a = s % 1000; s = (s * 1103515245 + 12345) % 2147483648; print a \",\" (s % 997) + (i % 3) * 400 } }"'
check_sh nstart-threads  0 "$GEN"' > "${TMPDIR:-/tmp}/t7050.$$" && for t in 1 2 4; do $SP kmeans -k 3 --nstart 5 --seed 9 --threads $t --digits 10 "${TMPDIR:-/tmp}/t7050.$$"; done | sort | uniq -c; rm -f "${TMPDIR:-/tmp}/t7050.$$"'
check_sh nstart1-threads 0 "$GEN"' > "${TMPDIR:-/tmp}/t7050.$$" && for t in 1 2 3; do $SP kmeans -k 4 --nstart 1 --summary --threads $t --digits 12 "${TMPDIR:-/tmp}/t7050.$$"; done | sort | uniq -c; rm -f "${TMPDIR:-/tmp}/t7050.$$"'
check_sh iris-threads    0 'for t in 1 2 5; do $SP kmeans -c 1-4 -k 3 --nstart 7 --seed 4 --threads $t --summary testdata/iris.csv; done | sort | uniq -c'
check_sh predict-stdin   0 'f=$(mktemp) && $SP kmeans -c 1-4 --centers testdata/iris-centers.csv --save-model "$f" testdata/iris.csv >/dev/null && printf "Sepal.Length,Sepal.Width,Petal.Length,Petal.Width\n5.1,3.5,1.4,0.2\nNA,3,4,1\n6.5,3,5.5,2\n" | $SP predict --model "$f" --digits 6; rm -f "$f"'
check_sh predict-tsv     0 'f=$(mktemp) && $SP kmeans -c 1-4 --centers testdata/iris-centers.csv --save-model "$f" testdata/iris.csv >/dev/null && printf "Sepal.Length\tSepal.Width\tPetal.Length\tPetal.Width\n5.9\t3\t4.2\t1.5\n" | $SP predict --model "$f" --tsv --digits 6; rm -f "$f"'
check_sh predict-json    2 'f=$(mktemp) && $SP kmeans -c 1-4 --centers testdata/iris-centers.csv --save-model "$f" testdata/iris.csv >/dev/null && $SP predict --model "$f" --format json testdata/iris.csv; rc=$?; rm -f "$f"; exit $rc'
check k-too-many         2 kmeans -c 1-4 -k 65536 "$DATA/iris.csv"
done_testing
