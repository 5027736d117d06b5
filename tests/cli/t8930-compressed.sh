#!/bin/sh
# compressed input: gzip and zstd files and standard input are read as the
# plain file, told apart by their magic numbers; damage is a one-line error.
. tests/cli/lib.sh
check gzip-file         0 describe "$DATA/iris.csv.gz"
check_in zstd-stdin     0 "$DATA/iris.csv.zst" groupby -k Species mean:Petal.Length
check_sh same-as-plain  0 '$SP describe testdata/iris.csv >"$0.a" &&
	$SP describe testdata/iris.csv.gz >"$0.b" &&
	$SP describe testdata/iris.csv.zst >"$0.c" &&
	cmp "$0.a" "$0.b" && cmp "$0.a" "$0.c" && echo same; rm -f "$0".?'
# a file big enough for --threads is read by one thread when compressed
check_sh threads-big    0 'awk "NR == 1 || NR > 1 && \$0 != \"\"" testdata/iris.csv >"$0.p" &&
	for i in $(seq 400); do tail -n +2 testdata/iris.csv; done >>"$0.p" &&
	gzip -c "$0.p" >"$0.gz" &&
	$SP describe --threads 2 "$0.p" >"$0.a" &&
	$SP describe --threads 2 "$0.gz" >"$0.b" && cmp "$0.a" "$0.b" &&
	head -2 "$0.b"; rm -f "$0.p" "$0.gz" "$0".?'
check_sh two-members    0 'cat testdata/iris.csv.gz >"$0.gz" &&
	tail -n +2 testdata/iris.csv | gzip -c >>"$0.gz" &&
	$SP describe -c Sepal.Length "$0.gz"; rm -f "$0.gz"'
check truncated-gzip    1 describe "$DATA/bad-truncated.csv.gz"
check corrupt-zstd      1 describe "$DATA/bad-corrupt.csv.zst"
done_testing
