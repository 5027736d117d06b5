#!/bin/sh
# fill --mean and --median against R's mean() and median() with na.rm,
# whole columns and by group (scripts/gen-fixtures-wrangle.R); a text
# column left alone without -c, an error with -c.
. tests/cli/lib.sh
F=$DATA/fill.csv
check mean            0 fill --mean "$F"
check median          0 fill --median "$F"
check mean-groups     0 fill --mean -k g -c x,y "$F"
check median-groups   0 fill --median -k g -c x,y "$F"
check digits          0 fill --mean -c x --digits 3 "$F"
check text-col        1 fill --mean -c x,note "$F"
check two-hows        2 fill --mean --median "$F"
check ragged          1 fill --median testdata/bad-short-row.csv
done_testing
