#!/bin/sh
# sample: reservoirs and Bernoulli draws repeat with their seed, whatever
# the threads; strata; bad options.  (The distribution is checked by the
# chi-square test of tests/unit/test_sample.c.)
. tests/cli/lib.sh
I=$DATA/iris.csv
check rows            0 sample -n 4 "$I"
check seed            0 sample -n 4 --seed 7 "$I"
check strata          0 sample -n 2 --strata Species "$I"
check frac            0 sample --frac 0.05 --seed 3 "$I"
check all             0 sample -n 200 "$DATA/ToothGrowth.csv"
check_sh threads      0 'a=$($SP sample -n 5 --threads 1 testdata/iris.csv); b=$($SP sample -n 5 --threads 4 testdata/iris.csv); [ "$a" = "$b" ] && echo same'
check both            2 sample -n 4 --frac 0.5 "$I"
check bad-frac        2 sample --frac 1.5 "$I"
check ragged          1 sample -n 1 testdata/bad-short-row.csv
done_testing
