#!/bin/sh
# boot and permtest: seeded, so the output is fixed.
. tests/cli/lib.sh
check boot-mean-bca     0 boot -c mpg --stat mean --ci bca --reps 2000 --seed 3 "$DATA/mtcars.csv"
check boot-cor-norm     0 boot -c mpg,wt --stat cor --ci norm --reps 999 --seed 1 "$DATA/mtcars.csv"
check boot-by-trimmed   0 boot -c len --by supp --stat trimmed:0.1 --ci basic --reps 500 --seed 7 "$DATA/ToothGrowth.csv"
check boot-quantile     0 boot -c Ozone --stat quantile:0.9 --reps 500 --seed 2 "$DATA/airquality.csv" --threads 2
check boot-one-value    1 boot -c x --stat mean "$DATA/one-value.csv"
check boot-constant-bca 1 boot -c y --stat mean --ci bca --reps 100 "$DATA/constant-y.csv"
check boot-bad-stat     2 boot -c mpg --stat mode "$DATA/mtcars.csv"
check boot-bad-trim     2 boot -c mpg --stat trimmed:0.7 "$DATA/mtcars.csv"
check boot-cor-one      2 boot -c mpg --stat cor "$DATA/mtcars.csv"
check boot-bad-ci       2 boot -c mpg --ci student "$DATA/mtcars.csv"
check perm-mean         0 permtest -y extra -g group --reps 4999 --seed 5 "$DATA/sleep.csv"
check perm-median       0 permtest -y weight -g group --levels trt2,trt1 --stat median-diff --reps 999 --seed 1 "$DATA/PlantGrowth.csv"
check perm-three        1 permtest -y weight -g group "$DATA/PlantGrowth.csv"
check perm-bad-stat     2 permtest -y extra -g group --stat t "$DATA/sleep.csv"
done_testing
