#!/bin/sh
# plot residuals as R's plot.lm: lowess smoothers (panel.smooth), Cook's
# distance contours 0.5 and 1 above and below, the three most extreme
# points labelled by row.  For lm(dist ~ speed, cars) R labels 49, 23, 35
# (residuals, Q-Q, scale-location) and 49, 23, 39 (Cook's distance):
# order(-abs(resid(f)))[1:3], order(-cooks.distance(f))[1:3].
. tests/cli/lib.sh

check cars            0 plot residuals --script "$DATA/cars-augment.csv"
check_sh mtcars       0 '$SP regress -y mpg -x wt,hp --augment testdata/mtcars.csv | $SP plot residuals --script'
check dumb            0 plot residuals --size 100x40 "$DATA/cars-augment.csv"
check_sh labels       0 '$SP plot residuals --script testdata/cars-augment.csv | sed -n "/^\$ids <</,/^EOD/p" | grep -o "\"[0-9]*\"" | tr "\n" " "'

done_testing
