#!/bin/sh
# transpose against pandas' .T of the table read as text
# (scripts/gen-fixtures-wrangle.py): quotes, commas, newlines, leading
# zeros and missing tokens pass through byte for byte; twice is the input.
. tests/cli/lib.sh
F=$DATA/transpose.csv
check transpose       0 transpose "$F"
check no-header       0 transpose --no-header "$F"
check_sh twice        0 '$SP transpose testdata/transpose.csv | $SP transpose --no-header | cmp - testdata/transpose.csv && echo same'
check tsv             0 transpose --format tsv "$DATA/ToothGrowth.csv" --threads 1
check ragged          1 transpose testdata/bad-short-row.csv
check bad-option      2 transpose --nope "$F"
done_testing
