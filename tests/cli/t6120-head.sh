#!/bin/sh
# head and tail: of the table and of each group (expected rows from R:
# scripts/gen-fixtures-wrangle.R), stopping early, bad input.
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check head            0 head -n 5 "$M"
check tail            0 tail -n 3 "$M"
check head-groups     0 head -n 2 -k cyl "$M"
check tail-groups     0 tail -n 2 -k cyl "$M"
check_sh head-stops   0 '{ echo a; seq 1 5; echo "x,y"; } | $SP head -n 3'
check_sh tail-many    0 '{ echo v; seq 0 5000; } | $SP tail -n 2 -k v | $SP head -n 3'
check head-zero       0 head -n 0 "$M"
check_sh tail-compacts 0 '{ echo g,i; seq 1 6000 | awk "{ print \$1 % 3 \",\" \$1 }"; } | $SP tail -n 2 -k g'
check ragged          1 tail -n 1 testdata/bad-short-row.csv
check bad-n           2 head -n -1 "$M"
check unknown-key     2 head -k nope "$M"
done_testing
