#!/bin/sh
# prop: binom.test and prop.test from counts and from raw data.
. tests/cli/lib.sh
check binom             0 prop --binom --x 682 --n 925 --p 0.75
check binom-less        0 prop --binom --x 3 --n 20 --alternative less --conf-level 0.9
check binom-wilson      0 prop --binom --wilson --x 682 --n 925 --p 0.75
check binom-zero        0 prop --binom --x 0 --n 10 --p 0.2
check one               0 prop --x 83 --n 86
check two               0 prop --x 15,25 --n 50,50
check two-uncorrected   0 prop --x 15,25 --n 50,50 --no-correction --alternative greater
check four-smokers      0 prop --x 83,90,129,70 --n 86,93,136,82
check given             0 prop --x 15,25 --n 50,50 --p 0.3,0.5
check raw-one           0 prop -c am --success 1 "$DATA/mtcars.csv"
check raw-by            0 prop -c am --success 1 -g cyl "$DATA/mtcars.csv"
check raw-levels        0 prop -c am --success 1 -g cyl --levels 8,4 "$DATA/mtcars.csv"
check all-zero          0 prop --x 0,0 --n 10,12
check x-above-n         2 prop --x 5 --n 4
check zero-trials       2 prop --x 0 --n 0
check binom-k2          2 prop --binom --x 1,2 --n 5,5
check p-count           2 prop --x 1,2 --n 5,5 --p 0.5
check no-success-value  2 prop -c am --success yes "$DATA/mtcars.csv"
check no-success        2 prop -c am "$DATA/mtcars.csv"
check bad-level         2 prop -c am --success 1 -g cyl --levels 4,5 "$DATA/mtcars.csv"
check bad-conf          2 prop --x 1 --n 5 --conf-level 1
check x-without-n       2 prop --x 1
done_testing
