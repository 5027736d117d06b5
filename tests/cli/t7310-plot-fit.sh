#!/bin/sh
# plot scatter --fit loess|lowess|poly:K beside linear: the curves' points
# in the script (their numbers are lib/stats/smooth's, checked against R in
# test_smooth.c), a band for the least-squares fits and loess, bad values.
. tests/cli/lib.sh

check loess          0 plot scatter -x speed -y dist --fit loess --script "$DATA/cars.csv"
check lowess         0 plot scatter -x speed -y dist --fit lowess --script "$DATA/cars.csv"
check poly           0 plot scatter -x wt -y mpg --fit poly:3 --script "$DATA/mtcars.csv"
check lowess-by      0 plot scatter -x wt -y mpg --by am --fit lowess --script "$DATA/mtcars.csv"
check poly-dumb      0 plot scatter -x speed -y dist --fit poly:2 --size 70x20 "$DATA/cars.csv"
check lowess-dumb    0 plot scatter -x speed -y dist --fit lowess --size 70x20 "$DATA/cars.csv"
check bad-fit        2 plot scatter -x speed -y dist --fit spline "$DATA/cars.csv"
check bad-degree     2 plot scatter -x speed -y dist --fit poly:11 "$DATA/cars.csv"
check fit-on-hist    2 plot hist -c speed --fit loess "$DATA/cars.csv"
check poly-too-few   1 plot scatter -x x -y y --fit poly:2 "$DATA/one-value.csv"
check loess-too-few  1 plot scatter -x x -y y --fit loess "$DATA/one-value.csv"

done_testing
