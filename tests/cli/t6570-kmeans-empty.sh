#!/bin/sh
# kmeans from centres that leave a cluster empty, as R: Lloyd and MacQueen
# warn and report it (size 0, withinss 0, no centre: R's NaN); sizes
# 53 97 0, tot.withinss 152.347951760358, betweenss 529.022648239642
# (scripts/gen-fixtures-unsup.R).  Hartigan-Wong stops, as R; a model
# cannot be saved without a centre.
. tests/cli/lib.sh
FAR=$DATA/iris-far-centers.csv

check lloyd          0 kmeans -c 1-4 --algorithm lloyd --centers "$FAR" --digits 12 "$DATA/iris.csv"
check macqueen       0 kmeans -c 1-4 --algorithm macqueen --centers "$FAR" --digits 12 "$DATA/iris.csv"
check lloyd-summary  0 kmeans -c 1-4 --algorithm lloyd --centers "$FAR" --summary --digits 12 "$DATA/iris.csv"
check_sh lloyd-assign 0 '$SP kmeans -c 1-4 --algorithm lloyd --centers testdata/iris-far-centers.csv --assign testdata/iris.csv | cut -d, -f6 | sort | uniq -c'
check hartigan-wong  1 kmeans -c 1-4 --centers "$FAR" "$DATA/iris.csv"
check_sh save-model  1 'f=$(mktemp) && rm -f "$f" && $SP kmeans -c 1-4 --algorithm macqueen --centers testdata/iris-far-centers.csv --save-model "$f" testdata/iris.csv; rc=$?; test ! -e "$f" && exit $rc'
done_testing
