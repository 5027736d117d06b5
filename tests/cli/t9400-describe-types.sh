#!/bin/sh
# describe types a column from all its values: one stray text value after
# numbers makes the column text with a warning naming the file and line;
# the same values in another order give the same type; --numeric makes the
# stray value the contract's error (exit 1, no output).  Numbers read before
# the stray value count by their shortest text (1.0 and 1 are one value).
. tests/cli/lib.sh

printf 'g,a,b\nx,1,x\ny,2,3\nx,1.0,4\ny,zz,5\nx,3,\n' >"$tmp/mix.csv"
# the same rows, the text first
printf 'g,a,b\ny,zz,5\nx,1,x\ny,2,3\nx,1.0,4\nx,3,\n' >"$tmp/mix2.csv"

check stray 0 describe testdata/rotary.csv
check stray-text-stats 0 describe -c Cylinders -s count,unique,mode,first,last \
    testdata/rotary.csv
check_sh order 0 '$SP describe -s count,missing "$tmp/mix.csv" 2>/dev/null \
    >"$tmp/1"; $SP describe -s count,missing "$tmp/mix2.csv" \
    2>/dev/null >"$tmp/2"; cmp "$tmp/1" "$tmp/2" && cat "$tmp/1"'
check_sh by 0 '$SP describe --by g -s count,unique,mode,first,last \
    "$tmp/mix.csv" 2>&1 | sed "s|$tmp/||"'
check_sh threads 0 '$SP describe --threads 2 "$tmp/mix.csv" 2>&1 | \
    sed "s|$tmp/||"'
check numeric-error 1 describe --numeric Cylinders testdata/rotary.csv
check numeric-ok 0 describe --numeric Price -c Price testdata/rotary.csv
check numeric-unknown 2 describe --numeric Cylindrs testdata/rotary.csv
check_in stdin 0 testdata/rotary.csv describe -s count,unique
done_testing
