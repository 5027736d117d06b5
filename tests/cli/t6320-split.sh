#!/bin/sh
# statpipe holdout and folds: reproducible by seed, exact stratification,
# every row and cell kept.
. tests/cli/lib.sh

check holdout-mark 0 holdout --mark --test 0.25 --seed 7 $DATA/sleep.csv
check_sh holdout-strata 0 '$SP holdout --mark --test 0.2 --strata Species \
    --seed 3 testdata/iris.csv | $SP groupby -k Species,split --sort count'
check_sh holdout-files 0 'tail -n +2 testdata/mtcars.csv | sort > '"$tmp"'/all; $SP holdout --test 0.3 --seed 5 \
    --train '"$tmp"'/tr.csv --test-out '"$tmp"'/te.csv testdata/mtcars.csv &&
    wc -l < '"$tmp"'/tr.csv && wc -l < '"$tmp"'/te.csv &&
    { tail -n +2 '"$tmp"'/tr.csv; tail -n +2 '"$tmp"'/te.csv; } | sort |
    cmp - '"$tmp"'/all && echo same rows' 
check_sh holdout-seed 0 'a=$($SP holdout --mark --seed 1 testdata/iris.csv |
    md5sum); b=$($SP holdout --mark --seed 1 testdata/iris.csv | md5sum);
    c=$($SP holdout --mark --seed 2 testdata/iris.csv | md5sum);
    [ "$a" = "$b" ] && [ "$a" != "$c" ] && echo reproducible'
check holdout-na-kept 0 holdout --mark --test 0.5 $DATA/na.csv
check folds 0 folds -k 3 --seed 2 $DATA/sleep.csv
check_sh folds-strata 0 '$SP folds -k 4 --strata Species --seed 9 \
    testdata/iris.csv | $SP groupby -k fold,Species --sort count'
check_sh folds-sizes 0 '$SP folds -k 7 testdata/mtcars.csv |
    $SP groupby -k fold --sort count'
check holdout-no-output 2 holdout --test 0.2 $DATA/iris.csv
check holdout-both 2 holdout --mark --train x --test-out y $DATA/iris.csv
check holdout-bad-test 2 holdout --mark --test 1.5 $DATA/iris.csv
check holdout-bad-strata 2 holdout --mark --strata nope $DATA/iris.csv
check holdout-unwritable 1 holdout --train /nonexistent/a.csv \
    --test-out /nonexistent/b.csv $DATA/iris.csv
check folds-bad-k 2 folds -k 1 $DATA/iris.csv

done_testing
