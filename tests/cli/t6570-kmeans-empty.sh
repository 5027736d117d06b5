#!/bin/sh
# kmeans from centres that leave a cluster empty, as R: Lloyd and MacQueen
# warn and report it (size 0, withinss 0, no centre: R's NaN); sizes
# 53 97 0, tot.withinss 152.347951760358, betweenss 529.022648239642
# (scripts/gen-fixtures-unsup.R).  Hartigan-Wong stops, as R.  The fit
# is saved as R returns it: the empty centre as nulls; predict assigns
# every row to the nearest of the other centres, as --assign does (Lloyd
# converged: each row's cluster is its nearest centre).  A model file with
# a null centre whose size is not 0, or with every centre null, is refused.
. tests/cli/lib.sh
FAR=$DATA/iris-far-centers.csv

check lloyd          0 kmeans -c 1-4 --algorithm lloyd --centers "$FAR" --digits 12 "$DATA/iris.csv"
check macqueen       0 kmeans -c 1-4 --algorithm macqueen --centers "$FAR" --digits 12 "$DATA/iris.csv"
check lloyd-summary  0 kmeans -c 1-4 --algorithm lloyd --centers "$FAR" --summary --digits 12 "$DATA/iris.csv"
check_sh lloyd-assign 0 '$SP kmeans -c 1-4 --algorithm lloyd --centers testdata/iris-far-centers.csv --assign testdata/iris.csv | cut -d, -f6 | sort | uniq -c'
check hartigan-wong  1 kmeans -c 1-4 --centers "$FAR" "$DATA/iris.csv"
check_sh save-model  0 'f=$(mktemp) && $SP kmeans -c 1-4 --algorithm lloyd --centers testdata/iris-far-centers.csv --save-model "$f" testdata/iris.csv 2>/dev/null >/dev/null && grep -A4 centers "$f"; rm -f "$f"'
check_sh predict-as-assign 0 'f=$(mktemp) && $SP kmeans -c 1-4 --algorithm lloyd --centers testdata/iris-far-centers.csv --save-model "$f" --assign testdata/iris.csv 2>/dev/null > "$f.a" && $SP predict --model "$f" testdata/iris.csv > "$f.p" && cmp "$f.a" "$f.p" && cut -d, -f6 "$f.p" | sort | uniq -c; rm -f "$f" "$f.a" "$f.p"'
check_sh null-size-not-0 1 'd=$(mktemp -d) && $SP kmeans -c 1-4 --algorithm lloyd --centers testdata/iris-far-centers.csv --save-model "$d/m" testdata/iris.csv 2>/dev/null >/dev/null && sed "s/\[53, 97, 0\]/[53, 97, 1]/" "$d/m" > "$d/bad.json" && $SP predict --model "$d/bad.json" testdata/iris.csv 2> "$d/err"; rc=$?; sed "s|$d/||" "$d/err" >&2; rm -rf "$d"; exit $rc'
check_sh all-null 1 'd=$(mktemp -d) && $SP kmeans -c 1-4 --algorithm lloyd --centers testdata/iris-far-centers.csv --save-model "$d/m" testdata/iris.csv 2>/dev/null >/dev/null && tr "\n" "@" < "$d/m" | sed "s/\[[0-9][^]]*\]/[null, null, null, null]/g; s/\"size\": \[null, null, null, null\]/\"size\": [0, 0, 0]/" | tr "@" "\n" > "$d/bad.json" && $SP predict --model "$d/bad.json" testdata/iris.csv 2> "$d/err"; rc=$?; sed "s|$d/||" "$d/err" >&2; rm -rf "$d"; exit $rc'
done_testing
