#!/bin/sh
# sort: typed keys, stability, missing values, runs on temporary files,
# --check, bad input.  The .out files of the R cases come from
# scripts/gen-fixtures-wrangle.R (order() on the same data).
. tests/cli/lib.sh
S=$DATA/wrangle-sort.csv
check numeric         0 sort -k num "$S"
check numeric-desc    0 sort -k num:desc "$S"
check mixed-bytes     0 sort -k mixed "$S"
check two-keys        0 sort -k grp,num:desc "$S"
check na-first        0 sort -k num --na-first "$S"
check natural         0 sort -k name:t "$S"
check bytes           0 sort -k name:x "$S"
check numbers-typed   0 sort -k id:n,num "$S"
check_in stdin        0 "$S" sort -k num:desc
check iris            0 sort -k Sepal.Length,Species:desc testdata/iris.csv
check_sh runs-equal-memory 0 '$SP sort -k Sepal.Length,Species:desc --buffer-size 1K testdata/iris.csv | cmp - tests/cli/expect/t6100/iris.out && echo same'
check_sh auto-text-after-runs 0 '{ echo v; seq 1 3000 | sort -r; echo z; } | $SP sort -k v --buffer-size 1K | sed -n "1,3p;2999,3002p"'
check check-sorted    0 sort --check -k id "$S"
check_sh check-sorted-ok 0 '$SP sort -k num testdata/wrangle-sort.csv | $SP sort --check -k num'
check check-unsorted  1 sort --check -k id:desc "$S"
check text-as-number  1 sort -k mixed:n "$S"
check ragged          1 sort -k a testdata/bad-short-row.csv
check_sh no-tmpdir    1 'TMPDIR=/nonexistent/dir $SP sort -k Sepal.Length --buffer-size 1K testdata/iris.csv'
check dup-names       2 sort -k a:desc testdata/bad-dup-names.csv
check dup-names-number 0 sort -k 1:desc testdata/bad-dup-names.csv
check unknown-key     2 sort -k nope "$S"
check bad-modifier    2 sort -k num:up "$S"
check bad-size        2 sort -k num --buffer-size 12Q "$S"
check no-key          2 sort "$S"
done_testing
