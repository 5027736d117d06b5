#!/bin/sh
# ranktest: Wilcoxon rank-sum and signed-rank tests, exact and approximate.
. tests/cli/lib.sh
check rank-sum-exact    0 ranktest -c weight -g group --levels trt1,trt2 "$DATA/PlantGrowth.csv"
check rank-sum-ties     0 ranktest -c len -g supp "$DATA/ToothGrowth.csv"
check no-correct        0 ranktest -c len -g supp --no-correct --alternative less "$DATA/ToothGrowth.csv"
check approx            0 ranktest -c weight -g group --levels trt1,trt2 --approx "$DATA/PlantGrowth.csv"
check signed-exact      0 ranktest -c weight --mu 5 --strata group "$DATA/PlantGrowth.csv"
check signed-paired     0 ranktest --paired -c drug1,drug2 "$DATA/sleep-wide.csv"
check two-columns       0 ranktest -c drug1,drug2 "$DATA/sleep-wide.csv"
check constant          0 ranktest -c x -g g "$DATA/constant.csv"
check constant-one      0 ranktest -c x "$DATA/constant.csv"
check not-achievable    0 ranktest -c x -g g "$DATA/size-one.csv"
check conf-level        0 ranktest -c mpg --mu 20 --conf-level 0.9 --alternative greater "$DATA/mtcars.csv"
check each              0 ranktest -c len -g supp --strata dose --sort "$DATA/ToothGrowth.csv" --digits 4 --format table
check sigma             2 ranktest --sigma 1 -c mpg "$DATA/mtcars.csv"
check help              0 ranktest --help
done_testing
