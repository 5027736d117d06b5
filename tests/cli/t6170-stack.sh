#!/bin/sh
# stack: the union of the headers against pandas' concat
# (scripts/gen-fixtures-wrangle.py), standard input, bad input.
. tests/cli/lib.sh
check union           0 stack "$DATA/stack-1.csv" "$DATA/stack-2.csv" "$DATA/stack-3.csv"
check source          0 stack --source file "$DATA/stack-1.csv" "$DATA/stack-2.csv" "$DATA/stack-3.csv"
check_sh stdin        0 'cat testdata/stack-2.csv | $SP stack testdata/stack-1.csv - --source f'
check dup-names       0 stack "$DATA/bad-dup-names.csv" "$DATA/stack-1.csv"
check empty           1 stack "$DATA/stack-1.csv" "$DATA/empty.csv"
check ragged          1 stack "$DATA/stack-1.csv" testdata/bad-short-row.csv
check missing-file    1 stack "$DATA/stack-1.csv" nosuch.csv
done_testing
