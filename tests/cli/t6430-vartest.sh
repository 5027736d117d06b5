#!/bin/sh
# vartest: R's var.test by a grouping column or on two columns.
. tests/cli/lib.sh
check by                0 vartest -c len -g supp "$DATA/ToothGrowth.csv"
check columns-greater   0 vartest -c mpg,qsec --alternative greater "$DATA/mtcars.csv"
check ratio-levels      0 vartest -c weight -g group --levels trt2,ctrl --ratio 2 --conf-level 0.9 "$DATA/PlantGrowth.csv"
check missing           0 vartest -c Ozone,Solar.R "$DATA/airquality.csv"
check three-levels      1 vartest -c weight -g group "$DATA/PlantGrowth.csv"
check no-spread         1 vartest -c x -g g --levels a,b "$DATA/vartest-constant.csv"
check one-value         1 vartest -c x -g g --levels b,a "$DATA/vartest-constant.csv" --levels a,c
check bad-ratio         2 vartest -c mpg,qsec --ratio 0 "$DATA/mtcars.csv"
check one-column        2 vartest -c mpg "$DATA/mtcars.csv"
done_testing
