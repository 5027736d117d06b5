#!/bin/sh
# plot's categorical set (seaborn's): strip (jittered points), swarm
# (beeswarm), count (bars of counts), point (means with 95% t intervals,
# joined; the intervals are t.test's, test_plotstat.c), lm (--by panels,
# a fit in each).
. tests/cli/lib.sh

check strip          0 plot strip -y weight --by group --script "$DATA/PlantGrowth.csv"
check strip-columns  0 plot strip -y Sepal.Length,Sepal.Width --script "$DATA/iris.csv"
check swarm          0 plot swarm -y len --by dose --script "$DATA/ToothGrowth.csv"
check swarm-dumb     0 plot swarm -y weight --by group --size 60x20 "$DATA/PlantGrowth.csv"
check swarm-facet    0 plot swarm -y len --by dose --facet supp --script "$DATA/ToothGrowth.csv"
check_sh swarm-crowd 0 'seq 1 400 | sed "1s/^/x\n/" | $SP plot swarm -y x --size 40x10 --script | grep -c "^[0-9]"'
check count          0 plot count -x cyl --script "$DATA/mtcars.csv"
check count-by       0 plot count -x cyl --by gear --script "$DATA/mtcars.csv"
check point          0 plot point -y len --by dose --script "$DATA/ToothGrowth.csv"
check lm             0 plot lm -x wt -y mpg --by am --script "$DATA/mtcars.csv"
check lm-lowess      0 plot lm -x speed -y dist --fit lowess --script "$DATA/cars.csv"
check lm-dumb        0 plot lm -x wt -y mpg --by am --size 80x20 "$DATA/mtcars.csv"

check strip-no-y     2 plot strip --by group "$DATA/PlantGrowth.csv"
check count-no-x     2 plot count "$DATA/mtcars.csv"
check lm-two-y       2 plot lm -x wt -y mpg,hp "$DATA/mtcars.csv"
check lm-facet       2 plot lm -x wt -y mpg --facet am "$DATA/mtcars.csv"
check swarm-text     1 plot swarm -y group "$DATA/PlantGrowth.csv"

done_testing
