#!/bin/sh
# uniq: distinct rows and keys, first or last, counts (expected from R's
# duplicated(): scripts/gen-fixtures-wrangle.R), missing keys.
. tests/cli/lib.sh
M=$DATA/mtcars.csv
check count           0 uniq -k cyl,gear --count "$M"
check keep-last       0 uniq -k cyl,gear --keep last "$M"
check_sh whole-rows   0 '$SP uniq testdata/mtcars.csv testdata/mtcars.csv | cmp - testdata/mtcars.csv && echo same'
check missing-keys    0 uniq -k x --count "$DATA/na.csv"
check bad-keep        2 uniq --keep middle "$M"
check ragged          1 uniq testdata/bad-short-row.csv
done_testing
